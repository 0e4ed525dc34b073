import type { Logger } from './log';
import type { Finding } from './spec';
import { findingCode, findingPath, findingsText } from './findings-text';
import type { ConfigIssue } from './types';

/**
 * Tells `log` what the config's checker found, in words. The words (explain.ts, 2 KB brotli) are
 * a lazy chunk for the app's bundler, fetched only when a config is wrong or its laws warn, so an
 * app with a good config does not download them. `into` gets the issues (`consent.issues`) as
 * they arrive. If the chunk cannot load (offline, gone), or the config throws as it is read
 * again, the paths and codes still say what, in the console and in `into`. Never rejects.
 */
export function explainLater(log: Logger, level: 'error' | 'warn', findings: readonly Finding[], config: unknown, into?: ConfigIssue[]): Promise<void> {
  return import('./explain')
    .then((m) => {
      const issues = m.explain(findings, config);
      into?.push(...issues);
      log[level](level === 'error' ? m.formatIssues(issues) : m.formatWarnings(issues));
    })
    .catch(() => {
      // Without the words, the issues still say where and what (the code README's Law packs and `validateConfig()` explain).
      into?.push(...findings.map((f) => ({ path: findingPath(f), value: 'n/a', expected: findingCode(f) })));
      log[level](`${level === 'error' ? 'invalid config, so nothing optional will run (failing closed)' : 'the config is valid, with warnings from its laws'}: ${findingsText(findings)}`);
    });
}
