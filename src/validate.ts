/**
 * `consentry/validate`: the config's checker with its words, for a site's own tests and tools
 * (`validateConfig(config).ok`, the full reasons of its laws' warnings). Apart from the main
 * entry: an app's bundle does not carry the words (2 KB brotli), which `createConsent` fetches
 * only for a wrong config; some bundlers (esbuild) put up front whatever an entry can reach.
 */
export { validateConfig, formatIssues, formatWarnings } from './core/validate';
export type { ValidationResult } from './core/validate';
