// The config's checker and resolver: needed when this browser has not checked this config before.
// Its findings carry no words: the `messages` part explains them when there are any.
import { checkConfig } from '../../core/config-spec';
import { resolveConfig } from '../../core/resolve';
import type { Finding } from '../../core/spec';
import type { ConsentryConfig } from '../../core/types';
import { gatingDefaults } from '../../gate/gating-options';
import { integrationFacts } from '../../integrations/config-facts';
import { googleDefaults } from '../../integrations/google-options';
import { yandexDefaults } from '../../integrations/yandex-options';
import type { Memo } from '../memo';
import type { LoadPart } from '../part-loader';

/**
 * Checks a page's config; when it is valid, what the boot file starts from (and remembers).
 * A valid config's warnings (its laws': laws/check.ts) are told once the words have arrived.
 */
export function prepare(config: ConsentryConfig, load: LoadPart): { findings: Finding[]; memo?: undefined } | { findings?: undefined; memo: Memo } {
  const facts = integrationFacts(config);
  const findings = checkConfig(config, facts);
  if (findings.length && !findings[0]!.warn) return { findings }; // errors and warnings never come together
  if (findings.length) {
    load<typeof import('./messages')>('messages').then(
      (m) => console.warn(`[consentry] ${m.formatWarnings(m.explain(findings, config))}`),
      () => console.warn('[consentry] warnings', findings),
    );
  }
  const { google, yandexMetrica } = config.integrations ?? {};
  const { source: _, ...resolved } = resolveConfig(config, facts);
  return {
    memo: {
      config: resolved,
      google: google && googleDefaults(google),
      yandexMetrica: yandexMetrica && yandexDefaults(yandexMetrica),
      gating: gatingDefaults(config.gating),
    },
  };
}
