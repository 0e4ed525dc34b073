import { CONSENT_SIGNALS, consentSignals, DEFAULT_SIGNAL_MAP } from './consent-mode';
import { gtagFor } from './gtag';

/**
 * Google Consent Mode's `default`, pushed before anything else reaches `dataLayer` (the script-tag
 * boot pushes it while the config is still being checked): every signal denied but
 * `security_storage`, with `wait_for_update` (a wait that is not a number of ms from 0 to 10000 is
 * the default one). A signal the site maps to `necessary` is granted by the first `update`, as
 * every choice is.
 */
export function pushConsentDefault(win: Window, waitForUpdate: unknown): void {
  const signals: Record<string, unknown> = { wait_for_update: typeof waitForUpdate === 'number' && waitForUpdate >= 0 && waitForUpdate <= 1e4 ? waitForUpdate : 500 };
  for (const signal of CONSENT_SIGNALS) signals[signal] = signal === 'security_storage' ? 'granted' : 'denied';
  gtagFor(win)('consent', 'default', signals);
}

/**
 * The same default, for npm (consent-calls.test.ts holds the two equal): the signals with nothing
 * granted, which an app's bundle has already. Written apart so that consentry.js carries neither
 * the signal map nor a shared helper (terser kept one apart, +15 B there).
 */
export function consentDefault(waitForUpdate: unknown): Record<string, unknown> {
  return { wait_for_update: typeof waitForUpdate === 'number' && waitForUpdate >= 0 && waitForUpdate <= 1e4 ? waitForUpdate : 500, ...consentSignals(DEFAULT_SIGNAL_MAP, () => false) };
}
