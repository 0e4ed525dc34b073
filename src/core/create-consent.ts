import type { Consent, ConsentOptions, ConsentryConfig } from './types';
import { startConsent } from './start-consent';

/**
 * Starts consent for one page: validates the config, reads the stored choice, starts plugins
 * (integrations, the gate) and retries undelivered records. What decisions and delivery need is
 * a lazy chunk for your bundler, fetched on the first decision or record to send (the widget
 * fetches it as it shows the banner); each decision's promise settles once it is stored.
 * Never throws: an invalid config gives an instance that refuses everything optional and says
 * why in the console (fail closed).
 */
export function createConsent(config: ConsentryConfig, options: ConsentOptions = {}): Consent {
  return startConsent(config, options, {
    // The consent document's code only for a site whose law asks for it (152-FZ), and its words
    // only in the language a visitor decides in.
    loadDecisions: (resolved) =>
      Promise.all([import('./decisions'), resolved.consentDocument && import('./consent-document/in-language')]).then(([m, doc]) => (kernel) => m.decisions(kernel, doc ? doc.textIdIn : undefined)),
  });
}
