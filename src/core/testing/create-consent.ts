import { wordsFor } from '../consent-document/all-words';
import { consentTextId } from '../consent-document/text-id';
import { decisions } from '../decisions';
import { startConsent } from '../start-consent';
import type { Consent, ConsentOptions, ConsentryConfig } from '../types';

/**
 * `createConsent` with the decisions part already here, so a test can decide and look at once.
 * The public one fetches that part on first need (see create-consent.lazy.test.ts).
 */
export function createConsent(config: ConsentryConfig, options: ConsentOptions = {}): Consent {
  return startConsent(config, options, { decisions: (kernel) => decisions(kernel, (config, lang) => consentTextId(config, lang, wordsFor(lang))) });
}
