import type { KeptConfig } from './kept-config';
import { keptConfigKey } from './kept-config';
import type { InstanceParts } from './kernel';
import { describeError } from './log';
import type { CheckConfig } from './start-consent';
import { startConsent } from './start-consent';
import type { Consent, ConsentOptions, ConsentryConfig } from './types';
import { recall, remember } from '../storage/checked-configs';

/**
 * Decisions and delivery, a lazy chunk for the app's bundler. The consent document's code only
 * for a site whose law asks for it (152-FZ), and its words only in the language a visitor decides in.
 */
const loadDecisions: InstanceParts['loadDecisions'] = (resolved) =>
  Promise.all([import('./decisions'), resolved.consentDocument && import('./consent-document/in-language')]).then(([m, doc]) => (kernel) => m.decisions(kernel, doc ? doc.textIdIn : undefined));

/**
 * Starts consent for one page: validates the config, reads the stored choice, starts plugins
 * (integrations, the gate) and retries undelivered records. A config this browser has checked
 * before starts at once, from what it kept; else the checker is a lazy chunk for your bundler,
 * and the instance starts when it has run (`consent.ready`). What decisions and delivery need
 * is a lazy chunk too, fetched on the first decision or record to send (the widget fetches it
 * when the visitor reaches for the banner); each decision's promise settles once it is stored.
 * Never throws: an invalid config gives an instance that refuses everything optional and says
 * why in the console (fail closed).
 */
export function createConsent(config: ConsentryConfig, options: ConsentOptions = {}): Consent {
  return startConsent(config, options, { loadDecisions }, keptOrChecked(config, () => import('./checked-config').then((m) => m.checkedConfig)));
}

/**
 * How an npm page starts: from what this browser kept of this config, at once; else once the
 * checker (`loadCheck`) has come and found it valid, keeping it for the next page.
 */
export function keptOrChecked(config: ConsentryConfig, loadCheck: () => Promise<CheckConfig>): Parameters<typeof startConsent>[3] {
  return (given, starter) => {
    const key = keptConfigKey(config, given);
    const kept = key && recall<KeptConfig>(key);
    if (kept) return starter.kept(kept);
    loadCheck().then(
      (checker) => {
        const valid = starter.check(checker);
        // In a task of its own: writing to localStorage is not on the way to the page's first state.
        if (valid && key) setTimeout(() => remember(key, valid));
      },
      (error: unknown) => starter.fail(`the config's checker could not load (${describeError(error)})`),
    );
  };
}
