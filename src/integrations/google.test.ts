// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../core/testing/create-consent';
import type { Consent } from '../core/types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import type { ChoiceStore } from '../storage/store';
import type { GoogleOptions } from './google';
import { google } from './google';
import { siteConfig } from './testing/site';

const BOTH: GoogleOptions = { measurementId: 'G-ABC123', containerId: 'GTM-AB12CD' };
let instances: Consent[] = [];

function start(options: GoogleOptions = BOTH, config = siteConfig({ google: true }), store: ChoiceStore = memoryStore(), nonce?: string): Consent {
  const consent = createConsent(config, { plugins: [google(options, { source: 'config.integrations.google', nonce })], store, outbox: memoryOutbox() });
  instances.push(consent);
  return consent;
}

/** dataLayer as `[command, action?]` for order checks; pushes that are not gtag calls as their event. */
function commands(): string[] {
  return (window.dataLayer ?? []).map((entry) => {
    if (Object.prototype.toString.call(entry) !== '[object Arguments]') return `event:${(entry as { event: string }).event}`;
    const args = Array.from(entry as ArrayLike<unknown>);
    return args[0] === 'consent' ? `consent:${String(args[1])}` : String(args[0]);
  });
}

function updates(): Array<Record<string, string>> {
  return (window.dataLayer ?? [])
    .filter((e) => Object.prototype.toString.call(e) === '[object Arguments]')
    .map((e) => Array.from(e as ArrayLike<unknown>))
    .filter((a) => a[0] === 'consent' && a[1] === 'update')
    .map((a) => a[2] as Record<string, string>);
}

const scripts = () => Array.from(document.querySelectorAll('script')).map((s) => s.src);

beforeEach(() => {
  delete window.dataLayer;
  delete window.gtag;
  document.head.innerHTML = '';
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  instances.forEach((c) => c.destroy());
  instances = [];
});

describe('google(): Consent Mode v2', () => {
  it('pushes the default, as an arguments object, before anything else and loads nothing before consent', () => {
    start();
    expect(window.dataLayer).toHaveLength(1);
    const first = window.dataLayer![0] as IArguments;
    expect(Object.prototype.toString.call(first)).toBe('[object Arguments]');
    expect(Array.from(first)).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
      },
    ]);
    expect(scripts()).toEqual([]);
  });

  it('on accept: one update, then gtag.js with js + config, then the container', () => {
    start().acceptAll();
    expect(commands()).toEqual(['consent:default', 'consent:update', 'js', 'config', 'event:gtm.js']);
    expect(updates()).toEqual([
      {
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
        analytics_storage: 'granted',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
        security_storage: 'granted',
      },
    ]);
    expect(scripts()).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-ABC123', 'https://www.googletagmanager.com/gtm.js?id=GTM-AB12CD']);
    expect(Array.from(window.dataLayer![3] as IArguments)).toEqual(['config', 'G-ABC123']);
  });

  it('on reject: one update, all denied but security_storage, and nothing loads', () => {
    start().rejectAll();
    expect(commands()).toEqual(['consent:default', 'consent:update']);
    expect(updates()[0]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted' });
    expect(scripts()).toEqual([]);
  });

  it('pushes exactly one update per decision and never loads a script twice', () => {
    const consent = start();
    consent.set({ analytics: true });
    consent.set({ marketing: true });
    consent.withdraw();
    consent.acceptAll();
    expect(updates().map((u) => [u.analytics_storage, u.ad_storage])).toEqual([
      ['granted', 'denied'],
      ['granted', 'granted'],
      ['denied', 'denied'],
      ['granted', 'granted'],
    ]);
    expect(scripts()).toHaveLength(2);
  });

  it('pushes one update for a returning visitor, before js/config', () => {
    const store = memoryStore();
    start(BOTH, siteConfig({ google: true }), store).set({ analytics: true });
    instances.forEach((c) => c.destroy());
    delete window.dataLayer;
    document.head.innerHTML = '';
    start(BOTH, siteConfig({ google: true }), store);
    expect(commands()).toEqual(['consent:default', 'consent:update', 'js', 'config']);
    expect(updates()[0]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
    expect(scripts()).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-ABC123']);
  });

  it('denies analytics_storage and loads no gtag.js when the visitor refuses Google Analytics but keeps its category', () => {
    start().set({ analytics: true }, { services: { 'google-analytics': false } });
    expect(updates()[0]!.analytics_storage).toBe('denied');
    expect(scripts()).toEqual([]);
  });

  it('uses an overridden signal map', () => {
    start({ ...BOTH, signals: { functionality_storage: 'necessary', ad_personalization: 'functional' } }).set({ functional: true });
    // A signal mapped to 'necessary' is granted by an update at once (the default denies all but security_storage).
    expect(updates()[0]).toMatchObject({ functionality_storage: 'granted', ad_personalization: 'denied' });
    expect(updates()[1]).toMatchObject({ functionality_storage: 'granted', ad_personalization: 'granted', ad_storage: 'denied' });
  });

  it('never loads a service no category lists, and says so', () => {
    const config = siteConfig({ google: true });
    config.categories.marketing!.services = [];
    start(BOTH, config).acceptAll();
    expect(scripts()).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-ABC123']);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('config.integrations.google: GTM-AB12CD is set, but no category lists the "google-tag-manager" service, so it will not load'));
  });

  it('fails closed on invalid options: the default is pushed, nothing else, and the console says why', async () => {
    start({ measurementId: 'x', containerId: 'GTM-AB12CD' }).acceptAll();
    expect(commands()).toEqual(['consent:default']);
    expect(scripts()).toEqual([]);
    await vi.dynamicImportSettled(); // the words of what is wrong
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('[consentry] config.integrations.google.measurementId: got "x"; expected a GA4 measurement id like "G-XXXXXXX"'));
  });

  it('fails closed when an overridden signal names a category the site does not have', async () => {
    start({ ...BOTH, signals: { analytics_storage: 'stats' } }).acceptAll();
    expect(commands()).toEqual(['consent:default']);
    await vi.dynamicImportSettled();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('config.integrations.google.signals.analytics_storage: got "stats"'));
  });

  it("advanced mode loads the tags at once, after the default (the site's explicit choice)", () => {
    start({ ...BOTH, mode: 'advanced', waitForUpdate: 2000 });
    expect(commands()).toEqual(['consent:default', 'js', 'config', 'event:gtm.js']);
    expect((Array.from(window.dataLayer![0] as IArguments)[2] as { wait_for_update: number }).wait_for_update).toBe(2000);
    expect(scripts()).toHaveLength(2);
  });

  it('serves the scripts from scriptUrl with the nonce it was given', () => {
    start({ ...BOTH, scriptUrl: 'https://proxy.shop.test/g' }, siteConfig({ google: true }), memoryStore(), 'n0nce').acceptAll();
    expect(scripts()).toEqual(['https://proxy.shop.test/g/gtag/js?id=G-ABC123', 'https://proxy.shop.test/g/gtm.js?id=GTM-AB12CD']);
    expect(Array.from(document.querySelectorAll('script')).map((s) => s.nonce)).toEqual(['n0nce', 'n0nce']);
  });

  it('defines window.gtag for the site, without replacing its own', () => {
    start();
    window.gtag!('event', 'purchase');
    expect(commands().at(-1)).toBe('event');
    const own = vi.fn();
    window.gtag = own;
    start();
    expect(window.gtag).toBe(own);
  });
});

// An SPA's route change (`destroy()` then `createConsent()`), a remounted React provider or Vue app: a new instance on a page that has the tags.
describe('google(): a second instance on the same window', () => {
  const count = (command: string) => commands().filter((c) => c === command).length;

  it('a returning visitor: gtag.js and the container are not added again, no second js, config or gtm.js; its own update is pushed', () => {
    const store = memoryStore();
    start(BOTH, siteConfig({ google: true }), store).acceptAll();
    instances.forEach((c) => c.destroy());
    start(BOTH, siteConfig({ google: true }), store);
    expect(scripts()).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-ABC123', 'https://www.googletagmanager.com/gtm.js?id=GTM-AB12CD']);
    expect([count('js'), count('config'), count('event:gtm.js')]).toEqual([1, 1, 1]);
    expect(updates().map((u) => u.analytics_storage)).toEqual(['granted', 'granted']);
  });

  it('a plugin made again (a React app writing its plugins in its render) pushes no second default; the page grows by nothing', () => {
    google(BOTH);
    google(BOTH);
    start().acceptAll();
    google(BOTH);
    expect(commands()).toEqual(['consent:default', 'consent:update', 'js', 'config', 'event:gtm.js']);
  });

  it("one whose default differs (another waitForUpdate, or after the site's own default) pushes it, before its instance's config", () => {
    google(BOTH);
    start({ ...BOTH, waitForUpdate: 800 }).acceptAll();
    expect(commands()).toEqual(['consent:default', 'consent:default', 'consent:update', 'js', 'config', 'event:gtm.js']);
    const defaults = () => window.dataLayer!.map((e) => Array.from(e as ArrayLike<unknown>)).filter((a) => a[1] === 'default').map((a) => (a[2] as { wait_for_update: number }).wait_for_update);
    expect(defaults()).toEqual([500, 800]);
    window.gtag!('consent', 'default', { analytics_storage: 'granted' });
    google({ ...BOTH, waitForUpdate: 800 });
    expect(defaults()).toEqual([500, 800, undefined, 800]);
  });

  it('withdrawn in the first, granted in the second: the update grants again and the tags already there serve it, not added again', () => {
    const store = memoryStore();
    const first = start(BOTH, siteConfig({ google: true }), store);
    first.acceptAll();
    first.withdraw();
    first.destroy();
    start(BOTH, siteConfig({ google: true }), store).acceptAll();
    expect(updates().map((u) => [u.analytics_storage, u.ad_storage])).toEqual([
      ['granted', 'granted'],
      ['denied', 'denied'],
      ['denied', 'denied'],
      ['granted', 'granted'],
    ]);
    expect(scripts()).toHaveLength(2);
    expect([count('js'), count('config'), count('event:gtm.js')]).toEqual([1, 1, 1]);
  });

  // Google's `consent default` after an `update` does not undo it: undecided, the new instance must say denied itself.
  const DENIED = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted' };

  it('undecided after a grant (the cookie cleared, another cookie name): an update denies every optional signal, no tag added again, no second js or config', () => {
    start().destroy(); // undecided after undecided (StrictMode's double mount): gtag was told nothing, so nothing is needed
    start();
    expect(updates()).toEqual([]);
    instances.at(-1)!.acceptAll();
    instances.forEach((c) => c.destroy());
    start(); // a store without the choice
    expect(updates()).toHaveLength(2);
    expect(updates()[1]).toEqual(DENIED);
    expect(scripts()).toHaveLength(2);
    expect([count('js'), count('config'), count('event:gtm.js')]).toEqual([1, 1, 1]);
  });

  it('undecided because the policy revision changed (the stored choice no longer current): denied too', () => {
    const store = memoryStore();
    start(BOTH, siteConfig({ google: true }), store).acceptAll();
    instances.forEach((c) => c.destroy());
    const config = siteConfig({ google: true });
    config.policy = { ...config.policy, revision: `${config.policy.revision}-2` };
    expect(start(BOTH, config, store).state.decided).toBe(false);
    expect(updates().at(-1)).toEqual(DENIED);
  });

  // Failing closed is denied for Google too: without an update of its own, the earlier instance's grant held in gtag.
  it('invalid options after a grant (fails closed): an update denies every optional signal, no tag added, no js or config', () => {
    const store = memoryStore();
    start(BOTH, siteConfig({ google: true }), store).acceptAll();
    instances.forEach((c) => c.destroy());
    start({ ...BOTH, measurementId: 'x' }, siteConfig({ google: true }), store); // the visitor's grant, read again
    expect(updates()).toHaveLength(2);
    expect(updates()[1]).toEqual(DENIED);
    expect(scripts()).toHaveLength(2);
    expect([count('js'), count('config'), count('event:gtm.js')]).toEqual([1, 1, 1]);
  });

  it('an invalid config after a grant (the instance fails closed): denied too', () => {
    const store = memoryStore();
    start(BOTH, siteConfig({ google: true }), store).acceptAll();
    instances.forEach((c) => c.destroy());
    const config = siteConfig({ google: true });
    delete config.categories.necessary;
    expect(start(BOTH, config, store).ok).toBe(false);
    expect(updates()).toHaveLength(2);
    expect(updates()[1]).toEqual(DENIED);
  });

  it('invalid options with no earlier update: the default alone says denied, no update', () => {
    start({ ...BOTH, measurementId: 'x' }).acceptAll();
    expect(updates()).toEqual([]);
  });

  it('knows its tags by their resolved address: a scriptUrl path (a first-party proxy) too', () => {
    const store = memoryStore();
    const options = { ...BOTH, scriptUrl: '/g' };
    start(options, siteConfig({ google: true }), store).acceptAll();
    instances.forEach((c) => c.destroy());
    start(options, siteConfig({ google: true }), store);
    expect(scripts()).toEqual([`${location.origin}/g/gtag/js?id=G-ABC123`, `${location.origin}/g/gtm.js?id=GTM-AB12CD`]);
    expect([count('js'), count('config'), count('event:gtm.js')]).toEqual([1, 1, 1]);
  });
});

// Sites name their categories: GA filed under "statistics" must get analytics_storage with it, not with whatever is named "analytics".
describe("google(): analytics_storage follows the category that lists google-analytics", () => {
  /** GA under "statistics", and a category named "analytics" for something else (heat maps). */
  function statisticsConfig(gaIn = 'statistics') {
    const config = siteConfig({ google: true });
    const { necessary, functional, marketing } = config.categories;
    config.categories = {
      necessary: { ...necessary!, services: gaIn === 'necessary' ? ['google-analytics'] : [] },
      functional: functional!,
      analytics: { title: 'Heat maps', description: 'Where visitors click.', services: [] },
      statistics: { title: 'Statistics', description: 'Counts visits.', services: gaIn === 'statistics' ? ['google-analytics'] : [] },
      marketing: marketing!,
    };
    return config;
  }

  it('granted with that category: GA gets analytics_storage granted, and gtag.js loads', () => {
    start(BOTH, statisticsConfig()).set({ statistics: true });
    expect(updates()[0]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
    expect(scripts()).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-ABC123']);
  });

  it('not with a category that only has the name "analytics"', () => {
    start(BOTH, statisticsConfig()).set({ analytics: true, statistics: false });
    expect(updates()[0]!.analytics_storage).toBe('denied');
  });

  it('a signals override still wins', () => {
    start({ ...BOTH, signals: { analytics_storage: 'analytics' } }, statisticsConfig()).set({ analytics: true, statistics: false });
    expect(updates()[0]!.analytics_storage).toBe('granted');
  });

  it('never "necessary" (a tracker there is warned about): then the category named "analytics" grants it, as before', () => {
    start(BOTH, statisticsConfig('necessary')).set({ analytics: false });
    expect(updates()[0]!.analytics_storage).toBe('denied');
  });
});

describe('google(): an inert copy of a tag in the page', () => {
  it('is not the tag: a <script type="text/plain" src=".../gtm.js"> gated under a refused category does not keep the granted container from loading, nor its start event', () => {
    const inert = document.createElement('script');
    inert.type = 'text/plain';
    inert.dataset.category = 'analytics';
    inert.src = 'https://www.googletagmanager.com/gtm.js?id=GTM-AB12CD';
    document.body.append(inert);
    try {
      start().set({ analytics: false, marketing: true });
      expect(scripts().filter((_, i) => document.scripts[i]!.type !== 'text/plain')).toEqual(['https://www.googletagmanager.com/gtm.js?id=GTM-AB12CD']);
      expect(commands().filter((c) => c === 'event:gtm.js')).toHaveLength(1);
    } finally {
      inert.remove();
    }
  });
});

describe("google(): Tag Manager's signals that no category grants", () => {
  /** The container under "analytics" on a site with no "marketing": the ad signals follow a category it does not have. */
  const noMarketing = () => {
    const config = siteConfig({ google: true });
    delete config.categories.marketing;
    config.categories.analytics!.services = ['google-analytics', 'google-tag-manager'];
    config.policy = { ...config.policy, purposes: config.policy.purposes.filter((p) => p.category !== 'marketing') };
    return config;
  };
  const told = () => vi.mocked(console.warn).mock.calls.map((call) => String(call[0])).filter((text) => text.includes('stay denied for every tag the container loads'));

  it('are told on npm, as `consentry check` tells them of the script tag: once, at the container, with the signals that would map them; the config starts', async () => {
    const consent = start(BOTH, noMarketing());
    await consent.ready;
    await vi.waitFor(() => expect(told()).toHaveLength(1));
    expect(told()[0]).toMatch(/config\.categories\.analytics\.services\[1\]: got "google-tag-manager"; expected [^]*"ad_storage", "ad_user_data", "ad_personalization" follow "marketing", which it does not have[^]*google\(\)'s[^]*"signals": \{ "ad_storage": "analytics"/);
    consent.acceptAll();
    expect(scripts()).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-ABC123', 'https://www.googletagmanager.com/gtm.js?id=GTM-AB12CD']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(told()).toHaveLength(1);
  });

  it('are not told when the signals map them, nor with a "marketing" category, nor for options that are wrong (their errors are)', async () => {
    const ads = { ad_storage: 'analytics', ad_user_data: 'analytics', ad_personalization: 'analytics' };
    const consents = [start({ ...BOTH, signals: ads }, noMarketing()), start(BOTH), start({ ...BOTH, measurementId: 'x' }, noMarketing())];
    await Promise.all(consents.map((c) => c.ready));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(told()).toEqual([]);
  });
});
