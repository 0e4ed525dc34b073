import { describe, expect, it } from 'vitest';
import { consentUpdated, lastConsentDefault } from './consent-calls';
import { consentDefault, pushConsentDefault } from './consent-default';
import { gtagFor } from './gtag';

const page = (dataLayer?: unknown) => ({ dataLayer }) as unknown as Window;

describe('what dataLayer already told Google', () => {
  it("an update, and the last default's parameters; other commands and Tag Manager's events are not consent calls", () => {
    const win = page([]);
    const gtag = gtagFor(win);
    gtag('consent', 'default', { ad_storage: 'denied' });
    win.dataLayer!.push({ 'gtm.start': 1, event: 'gtm.js' });
    gtag('config', 'G-ABC123');
    expect(consentUpdated(win)).toBe(false);
    gtag('consent', 'update', { ad_storage: 'granted' });
    gtag('consent', 'default', { ad_storage: 'denied', wait_for_update: 800 });
    gtag('consent', 'update', { ad_storage: 'denied' });
    expect(consentUpdated(win)).toBe(true);
    expect(lastConsentDefault(win)).toEqual({ ad_storage: 'denied', wait_for_update: 800 });
  });

  it('nothing on a page with no dataLayer, or one with only push (the plan recording page, keep-plans.ts)', () => {
    for (const win of [page(), page({ push() {} })]) {
      expect(consentUpdated(win)).toBeFalsy();
      expect(lastConsentDefault(win)).toBeUndefined();
    }
  });
});

describe("consentDefault: npm's default, made otherwise than the boot file's", () => {
  it('is the one pushConsentDefault pushes, for any wait, key for key in order (google() compares them as JSON)', () => {
    for (const wait of [undefined, 0, 800, 1e4, 10_001, -1, '500', Number.NaN]) {
      const win = page([]);
      pushConsentDefault(win, wait);
      expect(JSON.stringify(consentDefault(wait)), String(wait)).toBe(JSON.stringify(lastConsentDefault(win)));
    }
  });
});
