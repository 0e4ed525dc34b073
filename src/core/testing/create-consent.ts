import { wordsFor } from '../consent-document/all-words';
import { consentTextId } from '../consent-document/text-id';
import { checkedConfig } from '../checked-config';
import { decisions } from '../decisions';
import { startConsent } from '../start-consent';
import type { Consent, ConsentOptions, ConsentryConfig } from '../types';

/**
 * `createConsent` with the checker and the decisions part already here, so a test can decide and look at once.
 * The public one fetches both on first need (see create-consent.lazy.test.ts).
 */
export function createConsent(config: ConsentryConfig, options: ConsentOptions = {}): Consent {
  return startConsent(config, options, { decisions: (kernel) => decisions(kernel, (config, lang) => consentTextId(config, lang, wordsFor(lang))) }, (_, starter) => void starter.check(checkedConfig));
}
