import { describe, expect, it } from 'vitest';
import { CONSENT_SIGNALS, DEFAULT_SIGNAL_MAP, consentSignals } from './consent-mode';

describe('Consent Mode signal mapping', () => {
  it('maps all seven signals', () => {
    expect(Object.keys(DEFAULT_SIGNAL_MAP).sort()).toEqual([...CONSENT_SIGNALS].sort());
    expect(CONSENT_SIGNALS).toHaveLength(7);
  });

  it('with nothing granted, denies all but security_storage (the default command)', () => {
    expect(consentSignals(DEFAULT_SIGNAL_MAP, () => false)).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
  });

  it('grants each signal with its category', () => {
    const granted = new Set(['analytics']);
    const signals = consentSignals(DEFAULT_SIGNAL_MAP, (c) => granted.has(c));
    expect(signals.analytics_storage).toBe('granted');
    expect(signals.ad_storage).toBe('denied');
    expect(signals.ad_user_data).toBe('denied');
    expect(signals.functionality_storage).toBe('denied');
    granted.add('marketing').add('functional');
    expect(Object.values(consentSignals(DEFAULT_SIGNAL_MAP, (c) => granted.has(c))).every((v) => v === 'granted')).toBe(true);
  });

  it('follows an overridden map, and "necessary" means always granted', () => {
    const map = { ...DEFAULT_SIGNAL_MAP, functionality_storage: 'necessary', ad_personalization: 'personalised-ads' };
    const signals = consentSignals(map, (c) => c === 'marketing');
    expect(signals.functionality_storage).toBe('granted');
    expect(signals.ad_storage).toBe('granted');
    expect(signals.ad_personalization).toBe('denied');
  });
});
