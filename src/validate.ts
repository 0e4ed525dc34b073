/**
 * `consentry/validate`: the config's checker with its words, for a site's own tests and tools
 * (`validateConfig(config).ok`, the full reasons of its laws' warnings). Apart from the main
 * entry: an app's bundle does not carry the words (2 KB brotli), which `createConsent` fetches
 * only for a wrong config; some bundlers (esbuild) put up front whatever an entry can reach.
 */
import type { ConsentryConfig, ServiceConfig, ServiceFacts } from './core/types';
import { validateConfig as check } from './core/validate';
import type { ValidationResult } from './core/validate';
import { explain } from './core/explain';
import { integrationFacts } from './integrations/config-facts';
import { tagManagerWarnings } from './integrations/google-warnings';
import { languageWarnings, placeholderWarnings } from './ui/text-keys';

/**
 * Checks a config as the script tag (and `consentry check`) does: the services its
 * `integrations` bring count as defined, as do `extraServices` (those an npm page's plugins
 * bring). Every problem with its path, the value found and what was expected.
 */
export function validateConfig(config: unknown, extraServices: Readonly<Record<string, ServiceFacts | ServiceConfig>> = {}): ValidationResult {
  const result = check(config, { ...integrationFacts(config as never), ...extraServices });
  // The text overrides' placeholders and the site's own languages left incomplete (text-keys.ts),
  // Tag Manager's signals that no category grants (google-warnings.ts): here, beside the words,
  // not in the core's checker, whose every user (the consent document's chunk too) would carry
  // the English texts, and every first visit the code.
  if (!result.ok) return result;
  const valid = config as ConsentryConfig;
  return { ...result, warnings: [...result.warnings, ...explain([...placeholderWarnings(valid.ui?.texts), ...languageWarnings(valid), ...tagManagerWarnings(valid)], config)] };
}

export { formatIssues, formatWarnings } from './core/validate';
export type { ValidationResult } from './core/validate';
