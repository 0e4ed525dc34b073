import { checkConfig } from './config-spec';
import { explain } from './explain';
import type { ResolvedConfig } from './resolved-config';
import { resolveConfig } from './resolve';
import type { ConfigIssue, ConsentryConfig, ServiceConfig, ServiceFacts } from './types';

export { formatIssues } from './explain';

export type ValidationResult = { ok: true; config: ResolvedConfig; issues: [] } | { ok: false; config: null; issues: ConfigIssue[] };

/**
 * Checks a config once, at start, and fills in defaults. Every problem is reported with its
 * path, the value found and what was expected; nothing wrong is silently ignored.
 * `extraServices` are services brought by plugins (integrations).
 */
export function validateConfig(input: unknown, extraServices: Readonly<Record<string, ServiceFacts | ServiceConfig>> = {}): ValidationResult {
  const findings = checkConfig(input, extraServices);
  if (findings.length > 0) return { ok: false, config: null, issues: explain(findings, input) };
  return { ok: true, issues: [], config: resolveConfig(input as ConsentryConfig, extraServices) };
}
