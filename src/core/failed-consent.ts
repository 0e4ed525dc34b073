import type { Environment } from './environment';
import { guarded } from './log';
import type { ConfigIssue, Consent, ConsentState } from './types';

/**
 * The instance an invalid config gets: nothing optional is ever allowed, decisions
 * are refused with a warning, and the page keeps working (fail closed).
 */
export function failedConsent(issues: ConfigIssue[], env: Pick<Environment, 'log' | 'gpc'>): Consent {
  const state: ConsentState = Object.freeze({
    decided: false,
    categories: Object.freeze({ necessary: true }),
    services: Object.freeze({}),
    consentId: null,
    revision: null,
    updatedAt: null,
    gpc: env.gpc,
  });
  const refuse = () => env.log.warn('the config is invalid (see the error above), so no choice can be stored.');
  return {
    ok: false,
    issues,
    config: null,
    state,
    locale: 'en',
    allowed: (category) => category === 'necessary',
    allowedService: () => false,
    acceptAll: refuse,
    rejectAll: refuse,
    set: refuse,
    withdraw: refuse,
    setLocale: () => {},
    on: () => () => {},
    // 'necessary' is granted here too: code waiting on it must still run (the page keeps working).
    when: (category, fn) => {
      if (category === 'necessary') guarded(env.log, 'when("necessary") callback', fn);
      return () => {};
    },
    flush: async () => {},
    showPreferences: refuse,
    destroy: () => {},
  };
}
