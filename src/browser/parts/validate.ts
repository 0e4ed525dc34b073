// The config's checker and resolver: needed when this browser has not checked this config before.
// Its findings carry no words: the `messages` part explains them when there are any.
import { checkConfig } from '../../core/config-spec';
import { findingsText } from '../../core/findings-text';
import type { Finding } from '../../core/spec';
import type { ConsentryConfig } from '../../core/types';
import { integrationFacts } from '../../integrations/config-facts';
import type { FirstVisit } from '../first-visit';
import { startChecked } from '../first-visit';
import type { Memo } from '../memo';
import { memoOf } from '../memo-of';
import type { LoadPart } from '../part-loader';

/**
 * A page a developer is working on (localhost, `*.localhost`, a file): a valid config's warnings
 * come with their full reasons there. Elsewhere every visitor's first visit would download those
 * words (3 KB) for a console nobody reads, so the warnings are named in one short line instead.
 */
export function developing({ protocol, hostname }: Pick<Location, 'protocol' | 'hostname'>): boolean {
  return protocol === 'file:' || /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$|\.localhost$/.test(hostname);
}

/** `[consentry] … config.policy.operator.address (notStated: ruAddress), …`: where, and the code README's Law packs explain. */
export function shortWarnings(findings: readonly Finding[]): string {
  return `[consentry] the config is valid, with ${findings.length} warning(s) from its laws: ${findingsText(findings)}. Their reasons: on localhost, or validateConfig().`;
}

/**
 * Checks a page's config; when it is valid, what the boot file starts from (and remembers).
 * A valid config's warnings (its laws': laws/check.ts) are told once the words have arrived.
 */
export function prepare(config: ConsentryConfig, load: LoadPart): { findings: Finding[]; memo?: undefined } | { findings?: undefined; memo: Memo } {
  const facts = integrationFacts(config);
  const findings = checkConfig(config, facts);
  if (findings.length && !findings[0]!.warn) return { findings }; // errors and warnings never come together
  if (findings.length) {
    const short = () => console.warn(shortWarnings(findings));
    if (developing(location)) load<typeof import('./messages')>('messages').then((m) => console.warn(`[consentry] ${m.formatWarnings(m.explain(findings, config))}`), short);
    else short();
  }
  return { memo: memoOf(config, facts) };
}

/** A first visit's start: checks the page's config and starts from it, or says what is wrong and fails closed. */
export function checkHere(visit: FirstVisit): Promise<void> {
  const { page, load } = visit;
  const found = prepare(page.config, load);
  if (found.memo) return startChecked(visit, found.memo);
  return load<typeof import('./messages')>('messages').then((m) => {
    const issues = m.explain(found.findings, page.config);
    console.error(`[consentry] ${m.formatIssues(issues)}`);
    visit.fail(0, issues);
  });
}
