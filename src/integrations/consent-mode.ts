/** Google Consent Mode v2: the seven signals gtag.js and GTM read. */
export const CONSENT_SIGNALS = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

export type ConsentSignal = (typeof CONSENT_SIGNALS)[number];
export type SignalValue = 'granted' | 'denied';
export type ConsentSignals = Record<ConsentSignal, SignalValue>;

/**
 * Which category grants each signal. `necessary` means always granted. A signal whose
 * category the site does not have stays denied. Override any of them with `signals`.
 * (`analytics_storage` follows the category listing `google-analytics`: see `googleDefaults`.)
 */
export type SignalMap = Record<ConsentSignal, string>;

export const DEFAULT_SIGNAL_MAP: Readonly<SignalMap> = {
  ad_storage: 'marketing',
  ad_user_data: 'marketing',
  ad_personalization: 'marketing',
  analytics_storage: 'analytics',
  functionality_storage: 'functional',
  personalization_storage: 'functional',
  security_storage: 'necessary',
};

/** The signals for a page where `granted(category)` says what the visitor allowed. */
export function consentSignals(map: Readonly<SignalMap>, granted: (category: string) => boolean): ConsentSignals {
  const out = {} as ConsentSignals;
  for (const signal of CONSENT_SIGNALS) out[signal] = map[signal] === 'necessary' || granted(map[signal]) ? 'granted' : 'denied';
  return out;
}
