import { isPlainObject } from '../core/checks';
import { consoleLogger } from '../core/log';
import type { ConsentPlugin, ConsentState } from '../core/types';
import { injectScript } from '../gate/inject-script';
import { reportIssues } from '../gate/report';
import { DEFAULT_SIGNAL_MAP, consentSignals } from './consent-mode';
import type { IntegrationContext } from './context';
import type { GoogleOptions } from './google-options';
import { readGoogleOptions, unknownSignalCategories } from './google-options';
import { GOOGLE_ANALYTICS, GOOGLE_TAG_MANAGER, googleServices } from './google-services';
import { gtagFor } from './gtag';

export type { GoogleOptions } from './google-options';
export type { IntegrationContext } from './context';
export { CONSENT_SIGNALS, DEFAULT_SIGNAL_MAP, consentSignals } from './consent-mode';
export type { ConsentSignal, ConsentSignals, SignalMap } from './consent-mode';

const FAILED = 'Google tags will not load (failing closed); Consent Mode stays denied.';

/**
 * Google Consent Mode v2 with GA4 (gtag.js) and Tag Manager.
 * At start, before anything else reaches `dataLayer`: `consent default` with every signal
 * denied but `security_storage`, and `wait_for_update`. Then one `consent update` for a
 * returning visitor and one per decision (here or in another tab). In `basic` mode (default)
 * gtag.js and gtm.js load only once their service is granted, after the update.
 */
export function google(options: GoogleOptions, context: IntegrationContext = {}): ConsentPlugin {
  const raw: unknown = options;
  const given = (key: string) => isPlainObject(raw) && raw[key] !== undefined;
  const { options: o, issues } = readGoogleOptions(raw);
  const source = context.source ?? 'google()';
  return {
    name: 'google',
    services: googleServices({ analytics: given('measurementId'), tagManager: given('containerId') }),
    setup(consent) {
      if (typeof window === 'undefined' || !consent.config) return;
      const win = window;
      const config = consent.config;
      const gtag = gtagFor(win);
      // Denied is the safe default even when the options are wrong: a tag the site added itself stays cookieless.
      gtag('consent', 'default', { ...consentSignals(o?.signals ?? DEFAULT_SIGNAL_MAP, () => false), wait_for_update: o?.waitForUpdate ?? 500 });
      const problems = o ? unknownSignalCategories((raw as GoogleOptions).signals, config.categories.map((c) => c.key)) : issues;
      if (!o || problems.length > 0) {
        reportIssues(consoleLogger, source, problems, FAILED);
        return;
      }
      win.gtag ??= gtag;
      const nonce = o.nonce ?? context.nonce;
      const fail = (error: unknown) => consoleLogger.warn(`${String(error instanceof Error ? error.message : error)} (Google)`);

      // A Google signal is granted with its category, unless the visitor refused a Google
      // service listed in that category: refusing Google Analytics denies analytics_storage.
      const googleIn = (category: string) => [GOOGLE_ANALYTICS, GOOGLE_TAG_MANAGER].filter((k) => config.services[k]?.category === category);
      const update = (state: ConsentState) =>
        gtag('consent', 'update', consentSignals(o.signals, (category) => state.categories[category] === true && googleIn(category).every((k) => state.services[k] === true)));

      const tags: Array<{ service: string; id: string; load: () => void }> = [];
      if (o.measurementId) {
        const id = o.measurementId;
        tags.push({
          service: GOOGLE_ANALYTICS,
          id,
          load: () => {
            injectScript(`${o.scriptUrl}/gtag/js?id=${encodeURIComponent(id)}`, { nonce }).catch(fail);
            gtag('js', new Date());
            gtag('config', id);
          },
        });
      }
      if (o.containerId) {
        const id = o.containerId;
        tags.push({
          service: GOOGLE_TAG_MANAGER,
          id,
          load: () => {
            (win.dataLayer ??= []).push({ 'gtm.start': Date.now(), event: 'gtm.js' });
            injectScript(`${o.scriptUrl}/gtm.js?id=${encodeURIComponent(id)}`, { nonce }).catch(fail);
          },
        });
      }
      // A service the visitor is never asked about must never load.
      for (const tag of tags) {
        if (!config.services[tag.service]) consoleLogger.warn(`${source}: ${tag.id} is set, but no category lists the "${tag.service}" service, so it will not load. Add "${tag.service}" to a category's services.`);
      }
      const loaded = new Set<string>();
      const loadAllowed = (state: ConsentState) => {
        for (const tag of tags) {
          if (loaded.has(tag.service) || !config.services[tag.service]) continue;
          if (o.mode === 'advanced' || state.services[tag.service] === true) {
            loaded.add(tag.service);
            tag.load();
          }
        }
      };

      const state = consent.state;
      if (state.decided) update(state);
      loadAllowed(state);
      return consent.on('change', ({ state: next }) => {
        update(next); // before any js/config this decision lets through
        loadAllowed(next);
      });
    },
  };
}
