import { CONSENT_SIGNALS } from './consent-mode';
import { gtagFor } from './gtag';

/**
 * Google Consent Mode's `default`: every signal denied but `security_storage`, with
 * `wait_for_update` (a wait that is not a number of ms from 0 to 10000 is the default one). A
 * signal the site maps to `necessary` is granted by the first `update`, as every choice is.
 */
export function consentDefault(waitForUpdate: unknown): Record<string, unknown> {
  const signals: Record<string, unknown> = { wait_for_update: typeof waitForUpdate === 'number' && waitForUpdate >= 0 && waitForUpdate <= 1e4 ? waitForUpdate : 500 };
  for (const signal of CONSENT_SIGNALS) signals[signal] = signal === 'security_storage' ? 'granted' : 'denied';
  return signals;
}

/** The default, pushed before anything else reaches `dataLayer` (the script-tag boot pushes it while the config is still being checked). */
export function pushConsentDefault(win: Window, waitForUpdate: unknown): void {
  gtagFor(win)('consent', 'default', consentDefault(waitForUpdate));
}
