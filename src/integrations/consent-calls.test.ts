import { describe, expect, it } from 'vitest';
import { consentCalls } from './consent-calls';
import { gtagFor } from './gtag';

const page = (dataLayer?: unknown) => ({ dataLayer }) as unknown as Window;

describe('consentCalls: what dataLayer already told Google', () => {
  it("each consent call of the action, its parameters oldest first; other commands and Tag Manager's events are not calls", () => {
    const win = page([]);
    const gtag = gtagFor(win);
    gtag('consent', 'default', { ad_storage: 'denied' });
    win.dataLayer!.push({ 'gtm.start': 1, event: 'gtm.js' });
    gtag('config', 'G-ABC123');
    gtag('consent', 'update', { ad_storage: 'granted' });
    gtag('consent', 'update', { ad_storage: 'denied' });
    expect(consentCalls(win, 'update')).toEqual([{ ad_storage: 'granted' }, { ad_storage: 'denied' }]);
    expect(consentCalls(win, 'default')).toEqual([{ ad_storage: 'denied' }]);
  });

  it('none on a page with no dataLayer, or one with only push (the plan recording page, keep-plans.ts)', () => {
    expect(consentCalls(page(), 'update')).toEqual([]);
    expect(consentCalls(page({ push() {} }), 'update')).toEqual([]);
  });
});
