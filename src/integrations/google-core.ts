import type { ConsentPlugin, ConsentState } from '../core/types';
import { addTag } from './add-tag';
import { consentUpdated } from './consent-calls';
import { consentSignals } from './consent-mode';
import type { ResolvedGoogleOptions } from './google-defaults';
import { GOOGLE_ANALYTICS, GOOGLE_TAG_MANAGER } from './google-services';
import { gtagFor } from './gtag';

/**
 * Google Consent Mode v2 with GA4 (gtag.js) and Tag Manager, for options already checked, after
 * the denied default (see `pushConsentDefault`): one `consent update` for a returning visitor (or
 * a site that maps a signal to `necessary`) and one per decision, here or in another tab. In
 * `basic` mode gtag.js and gtm.js load only once their service is granted, after the update.
 */
export function googleCore(o: ResolvedGoogleOptions, win: Window, nonce?: string, applied?: boolean): Omit<ConsentPlugin, 'services'> {
  const gtag = gtagFor(win);
  const tags: Array<[service: string, load: () => void]> = [];
  const id = o.measurementId;
  const container = o.containerId;
  if (id) {
    tags.push([
      GOOGLE_ANALYTICS,
      // Already on the page (an earlier instance added it): its js and config went with it, a second config is a second page view.
      () => {
        if (!addTag(`${o.scriptUrl}/gtag/js?id=${encodeURIComponent(id)}`, o.nonce ?? nonce, win.document)) return;
        gtag('js', new Date());
        gtag('config', id);
      },
    ]);
  }
  if (container) {
    tags.push([
      GOOGLE_TAG_MANAGER,
      // The start event after the tag, which loads async: only once (a second one fires the container's page-view triggers again).
      () => {
        if (addTag(`${o.scriptUrl}/gtm.js?id=${encodeURIComponent(container)}`, o.nonce ?? nonce, win.document)) (win.dataLayer ??= []).push({ 'gtm.start': Date.now(), event: 'gtm.js' });
      },
    ]);
  }
  return {
    name: 'google',
    setup(consent) {
      const config = consent.config;
      if (!config) return;
      win.gtag ??= gtag;
      // A Google signal is granted with its category, unless the visitor refused a Google
      // service listed in that category: refusing Google Analytics denies analytics_storage.
      const update = (state: ConsentState) =>
        gtag('consent', 'update', consentSignals(o.signals, (category) => state.categories[category] === true && tags.every(([k]) => config.services[k]?.category !== category || state.services[k] === true)));
      const loaded = new Set<string>();
      const loadAllowed = (state: ConsentState, done?: boolean) => {
        for (const [service, load] of tags) {
          // A service the visitor is never asked about (no category lists it) never loads.
          if (loaded.has(service) || !config.services[service] || (o.mode !== 'advanced' && !state.services[service])) continue;
          loaded.add(service);
          if (!done) load();
        }
      };
      const state = consent.state;
      // An opt-out site (the US pack) grants before any choice: Google hears so at once. So does a
      // page where an earlier instance (a remount, a route change) pushed an update: a later
      // default does not undo it, so an undecided one says denied itself (failing closed). Done
      // already when the boot file applied its plan (a returning visit): the update was pushed and
      // the tags this state allows were added, so only those count as loaded.
      if (!applied && (state.decided || config.optOut || o.grantsAtStart || consentUpdated(win))) update(state);
      loadAllowed(state, applied);
      return consent.on('change', ({ state: next }) => {
        update(next); // before any js/config this decision lets through
        loadAllowed(next);
      });
    },
  };
}
