import type { Logger } from '../core/log';
import type { ConfigIssue } from '../core/types';

/**
 * Says what is wrong with a plugin's options, in the core's style
 * (`config.integrations.google.measurementId: got "x"; expected …`), and what it means.
 * `source` is where the options came from: `config.integrations.google`, or `google()` for npm.
 */
export function reportIssues(log: Logger, source: string, issues: readonly ConfigIssue[], consequence: string): void {
  const lines = issues.map((i) => `${i.path ? `${source}.${i.path}` : source}: got ${i.value}; expected ${i.expected}`);
  log.error(`${lines.join('\n')}\n${consequence}`);
}
