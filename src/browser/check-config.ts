// The config's checker in the browser: whether a config is valid, and what to start from when it is.
// Its findings carry no words: the `messages` part explains them when there are any. A module
// apart from the `validate` part, which exports only what the core calls: a part's every
// export stays in its chunk, named.
import { checkConfig } from '../core/config-spec';
import { developing } from '../core/developing';
import { findingsText } from '../core/findings-text';
import type { Finding } from '../core/spec';
import type { ConsentryConfig } from '../core/types';
import { integrationFacts } from '../integrations/config-facts';
import type { Memo } from './memo';
import { memoOf } from './memo-of';
import type { LoadPart } from './part-loader';

/** `[consentry] … config.policy.operator.address (notStated: ruAddress), …`: where, and the code README's Law packs explain. */
export function shortWarnings(findings: readonly Finding[]): string {
  return `[consentry] the config is valid, with ${findings.length} warning(s) from its laws: ${findingsText(findings)}. Their reasons: on localhost, or validateConfig().`;
}

/**
 * Checks a page's config; when it is valid, what the core starts from (and remembers).
 * A valid config's warnings (its laws': laws/check.ts) are told once the words have arrived.
 */
export function prepare(config: ConsentryConfig, load: LoadPart): { findings: Finding[]; memo?: undefined } | { findings?: undefined; memo: Memo } {
  const facts = integrationFacts(config);
  const findings = checkConfig(config, facts);
  if (findings.length && !findings[0]!.warn) return { findings }; // errors and warnings never come together
  if (findings.length) {
    const short = () => console.warn(shortWarnings(findings));
    // Elsewhere than a developer's page the warnings are named in one short line (developing.ts).
    if (developing(location)) load<typeof import('./parts/messages')>('messages').then((m) => console.warn(`[consentry] ${m.formatWarnings(m.explain(findings, config))}`), short);
    else short();
  }
  return { memo: memoOf(config, facts) };
}
