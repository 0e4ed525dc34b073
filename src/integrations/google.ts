import { isPlainObject } from '../core/checks';
import { consoleLogger } from '../core/log';
import type { ConsentPlugin } from '../core/types';
import { reportFindings } from '../gate/report';
import { consentUpdated, lastConsentDefault } from './consent-calls';
import { consentDefault } from './consent-default';
import type { IntegrationContext } from './context';
import { consentSignals, DEFAULT_SIGNAL_MAP } from './consent-mode';
import { googleCore } from './google-core';
import type { GoogleOptions } from './google-options';
import { googleDefaults } from './google-defaults';
import { GOOGLE_ANALYTICS, GOOGLE_TAG_MANAGER, googleServices } from './google-services';
import { gtagFor } from './gtag';

export type { GoogleOptions } from './google-options';
export type { IntegrationContext } from './context';
export { CONSENT_SIGNALS, DEFAULT_SIGNAL_MAP, consentSignals } from './consent-mode';
export type { ConsentSignal, ConsentSignals, SignalMap } from './consent-mode';

const FAILED = 'Google tags will not load (failing closed); Consent Mode stays denied.';

/**
 * Google Consent Mode v2 with GA4 (gtag.js) and Tag Manager, for npm: its options are checked
 * with the config (see `ConsentPlugin.integration`), then it runs the same code as the
 * script-tag build (see `googleCore`). Wrong options (or a wrong config) load nothing, but the
 * denied default is still pushed, so a tag the site added itself stays cookieless, and so is a
 * denied update when an earlier instance pushed one.
 */
export function google(options: GoogleOptions, context: IntegrationContext = {}): ConsentPlugin {
  const raw: unknown = options;
  const source = context.source ?? 'google()';
  // None when rendered on a server: nothing to push or load there.
  const page = typeof window !== 'undefined' ? window : undefined;
  let valid = false;
  // Now, before the page's own scripts and before any check: denied is the safe default either
  // way. Not again when the last default on the page is this one: a plugin made again (a React
  // app's render) would add one to dataLayer on every render, telling Google nothing new.
  const denied = consentDefault(isPlainObject(raw) ? raw.waitForUpdate : undefined);
  if (page && JSON.stringify(lastConsentDefault(page)) !== JSON.stringify(denied)) gtagFor(page)('consent', 'default', denied);
  return {
    name: 'google',
    services: googleServices(raw),
    integration: {
      key: 'google',
      options: raw,
      checked(findings) {
        valid = findings?.length === 0;
        if (valid) return;
        // Failing closed after an earlier instance's update, which a later default does not undo
        // (its grant would hold in gtag): every optional signal denied, as googleCore's undecided update.
        if (page && consentUpdated(page)) gtagFor(page)('consent', 'update', consentSignals(DEFAULT_SIGNAL_MAP, () => false));
        if (findings) void reportFindings(consoleLogger, source, raw, findings, FAILED);
      },
    },
    setup(consent) {
      if (!consent.config || !valid) return;
      const o = googleDefaults(raw as GoogleOptions, consent.config.services);
      const ids: Array<[string | undefined, string]> = [[o.measurementId, GOOGLE_ANALYTICS], [o.containerId, GOOGLE_TAG_MANAGER]];
      for (const [id, service] of ids) {
        if (id && !consent.config.services[service]) consoleLogger.warn(`${source}: ${id} is set, but no category lists the "${service}" service, so it will not load. Add "${service}" to a category's services.`);
      }
      if (page) return googleCore(o, page, context.nonce).setup(consent);
    },
  };
}
