import { checkConfig } from './config-spec';
import type { ResolvedConfig } from './resolved-config';
import { resolveConfig } from './resolve';
import type { Finding } from './spec';
import { check } from './spec';
import type { ConsentryConfig, IntegrationKey, ServiceConfig, ServiceFacts } from './types';
import { GOOGLE_SPEC } from '../integrations/google-options';
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
  return { config, errors: [], warnings: findings, integrations: integrations.map(([key, options]) => check(RULES[key], options, { category })) };
}
