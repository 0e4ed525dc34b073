import { isPlainObject } from '../core/checks';
import { consoleLogger } from '../core/log';
import type { ConsentPlugin } from '../core/types';
import { reportFindings } from '../gate/report';
import { pushConsentDefault } from './consent-default';
import type { IntegrationContext } from './context';
import { googleCore } from './google-core';
import type { GoogleOptions } from './google-options';
import { googleDefaults, readGoogleOptions } from './google-options';
import { GOOGLE_ANALYTICS, GOOGLE_TAG_MANAGER, googleServices } from './google-services';

export type { GoogleOptions } from './google-options';
export type { IntegrationContext } from './context';
export { CONSENT_SIGNALS, DEFAULT_SIGNAL_MAP, consentSignals } from './consent-mode';
export type { ConsentSignal, ConsentSignals, SignalMap } from './consent-mode';

const FAILED = 'Google tags will not load (failing closed); Consent Mode stays denied.';

/**
 * Google Consent Mode v2 with GA4 (gtag.js) and Tag Manager, for npm: checks its options,
 * then runs the same code as the script-tag build (see `googleCore`). Wrong options load
 * nothing, but the denied default is still pushed, so a tag the site added itself stays cookieless.
 */
export function google(options: GoogleOptions, context: IntegrationContext = {}): ConsentPlugin {
  const raw: unknown = options;
  const source = context.source ?? 'google()';
  const { options: o, findings } = readGoogleOptions(raw);
  const given = (key: string) => isPlainObject(raw) && raw[key] !== undefined;
  // Denied is the safe default even when the options are wrong: a tag the site added itself stays cookieless.
  if (typeof window !== 'undefined') pushConsentDefault(window, o?.waitForUpdate);
  const core = googleCore(o ?? googleDefaults({}), context.nonce);
  return {
    name: 'google',
    services: googleServices({ analytics: given('measurementId'), tagManager: given('containerId') }),
    setup(consent) {
      if (!consent.config) return;
      // Checked again with the site's categories, which `signals` must name.
      const problems = o ? readGoogleOptions(raw, consent.config.categories.map((c) => c.key)).findings : findings;
      if (problems.length > 0) return void reportFindings(consoleLogger, source, raw, problems, FAILED);
      const ids: Array<[string | undefined, string]> = [[o!.measurementId, GOOGLE_ANALYTICS], [o!.containerId, GOOGLE_TAG_MANAGER]];
      for (const [id, service] of ids) {
        if (id && !consent.config.services[service]) consoleLogger.warn(`${source}: ${id} is set, but no category lists the "${service}" service, so it will not load. Add "${service}" to a category's services.`);
      }
      return core.setup(consent);
    },
  };
}
