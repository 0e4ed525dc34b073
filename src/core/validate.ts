import { checkConfig } from './config-spec';
import { explain } from './explain';
import type { ResolvedConfig } from './resolved-config';
import { resolveConfig } from './resolve';
import type { ConfigIssue, ConsentryConfig, ServiceConfig, ServiceFacts } from './types';

export { formatIssues, formatWarnings } from './explain';

export type ValidationResult =
  | { ok: true; config: ResolvedConfig; issues: []; warnings: ConfigIssue[] }
  | { ok: false; config: null; issues: ConfigIssue[]; warnings: [] };

/**
 * Checks a config once, at start, and fills in defaults. Every problem is reported with its
 * path, the value found and what was expected; nothing wrong is silently ignored. A valid
 * config may carry its laws' `warnings` (a value the policy does not state, data stored
 * abroad under 152-FZ): they are told, and the config starts all the same.
 * `extraServices` are services brought by plugins (integrations).
 */
export function validateConfig(input: unknown, extraServices: Readonly<Record<string, ServiceFacts | ServiceConfig>> = {}): ValidationResult {
  const findings = checkConfig(input, extraServices);
  const errors = findings.filter((f) => !f.warn);
  if (errors.length > 0) return { ok: false, config: null, issues: explain(errors, input), warnings: [] };
  return { ok: true, issues: [], warnings: explain(findings, input), config: resolveConfig(input as ConsentryConfig, extraServices) };
}
