import { checkConfig } from './config-spec';
import { developing } from './developing';
import type { ResolvedConfig } from './resolved-config';
import { resolveConfig } from './resolve';
import type { Finding } from './spec';
import { check } from './spec';
import type { ConsentryConfig, GoogleOptions, IntegrationKey, ServiceConfig, ServiceFacts } from './types';
import { GOOGLE_SPEC } from '../integrations/google-options';
import { tagManagerWarnings } from '../integrations/google-warnings';
import { YANDEX_METRICA_SPEC } from '../integrations/yandex-options';

export type CheckedConfig =
  | { config: null; errors: Finding[]; warnings: []; integrations: [] }
  | { config: ResolvedConfig; errors: []; warnings: Finding[]; integrations: Finding[][] };

/** Options plugins bring (`google()`, `yandexMetrica()`): checked under the rules of `config.integrations[key]`. */
export type IntegrationOptions = ReadonlyArray<readonly [key: IntegrationKey, options: unknown]>;

const RULES = { google: GOOGLE_SPEC, yandexMetrica: YANDEX_METRICA_SPEC };

/**
 * Checks a config and, when nothing is wrong, fills in its defaults: its findings carry no words
 * (explain.ts has them, which `validateConfig` adds and the instance fetches only when there are
 * findings). A valid config may carry its laws' warnings. `extraServices` are plugins' services;
 * `integrations` their options, each checked against the config's categories (Google's signals
 * name them), its findings in `integrations` in the same order.
 */
export function checkedConfig(input: unknown, extraServices: Readonly<Record<string, ServiceFacts | ServiceConfig>>, integrations: IntegrationOptions = []): CheckedConfig {
  const findings = checkConfig(input, extraServices);
  const errors = findings.filter((f) => !f.warn);
  if (errors.length) return { config: null, errors, warnings: [], integrations: [] };
  const config = resolveConfig(input as ConsentryConfig, extraServices);
  const category = config.categories.map((c) => c.key);
  const found = integrations.map(([key, options]) => check(RULES[key], options, { category }));
  // Tag Manager's signals no category grants, as `validateConfig` and `consentry check` say of the
  // script tag's `integrations.google`: no tool sees google()'s options, so a developer's page
  // (developing.ts) tells them, once per start; elsewhere visitors would fetch the words for nobody.
  const dev = typeof location !== 'undefined' && developing(location);
  const google = integrations.flatMap(([key, options], i) => (dev && key === 'google' && !found[i]!.length ? tagManagerWarnings(input as ConsentryConfig, options as GoogleOptions) : []));
  return { config, errors: [], warnings: [...findings, ...google], integrations: found };
}
