/**
 * `consentry/validate`: the config's checker with its words, for a site's own tests and tools
 * (`validateConfig(config).ok`, the full reasons of its laws' warnings). Apart from the main
 * entry: an app's bundle does not carry the words (2 KB brotli), which `createConsent` fetches
 * only for a wrong config; some bundlers (esbuild) put up front whatever an entry can reach.
 */
import type { ServiceConfig, ServiceFacts } from './core/types';
import { validateConfig as check } from './core/validate';
import type { ValidationResult } from './core/validate';
import { integrationFacts } from './integrations/config-facts';

/**
 * Checks a config as the script tag (and `consentry check`) does: the services its
 * `integrations` bring count as defined, as do `extraServices` (those an npm page's plugins
 * bring). Every problem with its path, the value found and what was expected.
 */
export function validateConfig(config: unknown, extraServices: Readonly<Record<string, ServiceFacts | ServiceConfig>> = {}): ValidationResult {
  return check(config, { ...integrationFacts(config as never), ...extraServices });
}

export { formatIssues, formatWarnings } from './core/validate';
export type { ValidationResult } from './core/validate';
