import { findingsText } from '../core/findings-text';
import type { Logger } from '../core/log';
import type { Finding } from '../core/spec';
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

/**
 * The same for the checker's findings on `root` (the options given): their words (explain.ts) are
 * a lazy chunk for the app's bundler, fetched only when options are wrong. If it cannot load (or
 * the options throw as they are read again), the paths and codes still say what is wrong.
 */
export function reportFindings(log: Logger, source: string, root: unknown, findings: readonly Finding[], consequence: string): Promise<void> {
  return import('../core/explain')
    .then((m) => reportIssues(log, source, findings.map((f) => m.issueOf(f, root)), consequence))
    .catch(() => log.error(`${findingsText(findings, source)}\n${consequence}`));
}
