import { checkConfig } from './config-spec';
import type { ResolvedConfig } from './resolved-config';
import { resolveConfig } from './resolve';
import type { Finding } from './spec';
import type { ConsentryConfig, ServiceConfig, ServiceFacts } from './types';

export type CheckedConfig = { config: null; errors: Finding[]; warnings: [] } | { config: ResolvedConfig; errors: []; warnings: Finding[] };

/**
 * Checks a config and, when nothing is wrong, fills in its defaults: its findings carry no words
 * (explain.ts has them, which `validateConfig` adds and the instance fetches only when there are
 * findings). A valid config may carry its laws' warnings. `extraServices` are plugins' services.
 */
export function checkedConfig(input: unknown, extraServices: Readonly<Record<string, ServiceFacts | ServiceConfig>>): CheckedConfig {
  const findings = checkConfig(input, extraServices);
  const errors = findings.filter((f) => !f.warn);
  return errors.length ? { config: null, errors, warnings: [] } : { config: resolveConfig(input as ConsentryConfig, extraServices), errors: [], warnings: findings };
}
