import { checkedConfig } from './checked-config';
import { explain } from './explain';
import type { ResolvedConfig } from './resolved-config';
import type { ConfigIssue, ServiceConfig, ServiceFacts } from './types';

export { formatIssues, formatWarnings } from './explain';

export type ValidationResult =
  | { ok: true; config: ResolvedConfig; issues: []; warnings: ConfigIssue[] }
  | { ok: false; config: null; issues: ConfigIssue[]; warnings: [] };

/**
 * Checks a config once, at start, and fills in defaults. Every problem is reported with its
 * path, the value found and what was expected; nothing wrong is silently ignored. A valid
 * config may carry its laws' `warnings` (a value the policy does not state, data stored
 * abroad under 152-FZ): they are told, and the config starts all the same. (`consentry/validate`
 * and `consentry check` add the text overrides' warnings, which need the English texts: text-keys.ts.)
 * `extraServices` are services brought by plugins (integrations).
 */
export function validateConfig(input: unknown, extraServices: Readonly<Record<string, ServiceFacts | ServiceConfig>> = {}): ValidationResult {
  const checked = checkedConfig(input, extraServices);
  if (!checked.config) return { ok: false, config: null, issues: explain(checked.errors, input), warnings: [] };
  return { ok: true, issues: [], warnings: explain(checked.warnings, input), config: checked.config };
}
