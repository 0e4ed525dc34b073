// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stateFrom } from '../core/choice';
import type { StoredChoice } from '../core/choice-format';
import { encodeChoice } from '../core/encode-choice';
import type { ConsentState, ConsentryConfig } from '../core/types';
import { googleCore } from '../integrations/google-core';
import { siteConfig } from '../integrations/testing/site';
import { yandexCore } from '../integrations/yandex-core';
import { integrationFacts } from '../integrations/config-facts';
import { runOps } from './apply-plan';
import { keepPlans, opsFor } from './keep-plans';
import type { Plan } from './plan';
import { planKey } from './plan';
import type { Memo } from './memo';
import { memoOf } from './memo-of';

/** A page's window as the integrations touch it: what they push, the tags they add, Metrica's queue and flag. */
function fakePage() {
  const scripts: Array<{ src: string; nonce?: string; async: boolean }> = [];
  const page: Record<string, unknown> = {
    document: { scripts, createElement: () => ({}), head: { append: (s: { src: string; nonce?: string; async: boolean }) => scripts.push({ ...s }) } },
  };
  /** What the page holds afterwards, with the times (which differ by when it ran) left out. */
  const seen = () => ({
    dataLayer: ((page.dataLayer as unknown[]) ?? []).map((entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]'
        ? Array.from(entry as ArrayLike<unknown>).map((a) => (a instanceof Date ? 'a Date' : a))
        : { ...(entry as object), 'gtm.start': typeof (entry as Record<string, unknown>)['gtm.start'] },
    ),
    gtag: typeof page.gtag,
    scripts,
    ym: ((page.ym as { a?: ArrayLike<unknown>[] } | undefined)?.a ?? []).map((args) => Array.from(args)),
    ymTime: typeof (page.ym as { l?: number } | undefined)?.l,
    flags: Object.entries(page).filter(([k]) => k.startsWith('disableYaCounter')), // with their values: lifted or not
  });
  return { page: page as unknown as Window, seen };
}

const config = (google: Record<string, unknown>): ConsentryConfig => ({
  ...siteConfig(),
  integrations: { google: { measurementId: 'G-TEST123', containerId: 'GTM-TEST1', ...google }, yandexMetrica: { id: 12345678, webvisor: true } },
});
const memoFor = (c: ConsentryConfig): Memo => memoOf(c, integrationFacts(c));
const choiceWith = (memo: Memo, categories: Record<string, boolean>, services: Record<string, boolean> = {}): StoredChoice => ({
  consentId: '3f1c1b7e-8a2d-4c5e-9f00-0123456789ab',
  revision: memo.config.policy.revision,
  createdAt: 1_700_000_000_000,
  updatedAt: Date.now() - 1000,
  sequence: 1,
  gpcOverride: false,
  categories,
  services,
});
const stateWith = (memo: Memo, categories: Record<string, boolean>, services: Record<string, boolean> = {}, gpc = false): ConsentState =>
  stateFrom(choiceWith(memo, categories, services), { ...memo.config, source: {} as ConsentryConfig }, Date.now(), gpc);

describe("a plan's calls are the integrations' own", () => {
  const cases = [
    ['everything granted, basic mode', {}, { functional: true, analytics: true, marketing: true }, {}],
    ['analytics only, Webvisor refused', {}, { functional: false, analytics: true, marketing: false }, { 'yandex-webvisor': false }],
    ['everything refused', {}, { functional: false, analytics: false, marketing: false }, {}],
    ['everything refused, advanced mode (the tags load, denied)', { mode: 'advanced' }, { functional: false, analytics: false, marketing: false }, {}],
    ['Google Analytics refused inside a granted category', {}, { functional: true, analytics: true, marketing: true }, { 'google-analytics': false }],
  ] as const;
  for (const [name, google, categories, services] of cases) {
    it(name, () => {
      const memo = memoFor(config(google));
      const state = stateWith(memo, categories, services);
      const consent = { config: memo.config, state, on: () => () => {} } as never;

      // The plugins themselves on a page whose Metrica flag the boot file set, as every page's is.
      const live = fakePage();
      (live.page as unknown as Record<string, boolean>).disableYaCounter12345678 = true;
      googleCore(memo.google!, live.page, 'nonce-1').setup(consent);
      yandexCore(memo.yandexMetrica!, live.page, 'nonce-1').setup(consent);

      const replayed = fakePage();
      (replayed.page as unknown as Record<string, boolean>).disableYaCounter12345678 = true;
      runOps({ ops: JSON.parse(JSON.stringify(opsFor(memo, state))), memo }, replayed.page, 'nonce-1');

      expect(replayed.seen()).toEqual(live.seen());
      // Not a test of nothing: the cases differ in what runs.
      expect(live.seen().scripts.length + live.seen().dataLayer.length).toBeGreaterThan(0);
    });
  }

  it("takes the page's nonce, not the one of the page that made the plan", () => {
    const memo = memoFor(config({}));
    const ops = opsFor(memo, stateWith(memo, { functional: true, analytics: true, marketing: true }));
    expect(JSON.stringify(ops)).not.toContain('nonce');
    const next = fakePage();
    runOps({ ops, memo }, next.page, 'nonce-2');
    expect(next.seen().scripts.map((s) => s.nonce)).toEqual(['nonce-2', 'nonce-2', 'nonce-2']);
  });
});

describe('the plan kept for the next page', () => {
  afterEach(() => {
    localStorage.clear();
    for (const pair of document.cookie.split('; ')) if (pair) document.cookie = `${pair.split('=')[0]}=; max-age=0; path=/`;
  });
  /** A page whose instance works from `categories` (stored in the cookie), with GPC as given. */
  const page = (categories: Record<string, boolean>, options: { gpc?: boolean; optOut?: boolean; cookie?: boolean; text?: string; locale?: string; button?: boolean } = {}) => {
    const memo = memoFor(config({}));
    if (options.optOut) memo.config = { ...memo.config, optOut: true };
    if (options.button) memo.config = { ...memo.config, ui: { ...memo.config.ui, floatingButton: 'bottom-right' } };
    const choice = choiceWith(memo, categories);
    if (options.cookie !== false) document.cookie = `consentry=${encodeChoice(choice)}; path=/`;
    const resolved = { ...memo.config, source: {} as ConsentryConfig };
    const consent = { config: resolved, state: stateFrom(options.cookie === false ? null : choice, resolved, Date.now(), options.gpc ?? false), locale: options.locale ?? 'en', on: () => () => {} } as never;
    keepPlans(consent, memo, options.text ?? '{"the":"config"}');
    const kept = localStorage.getItem('consentry.plan');
    const plans = kept === null ? [] : (JSON.parse(kept) as Plan[]);
    return { memo, choice, plan: plans[0] ?? null, plans };
  };

  it('is written for a current choice: for this config, cookie and build, until the choice expires', () => {
    const { memo, choice, plan } = page({ functional: false, analytics: true, marketing: false });
    expect(plan).not.toBeNull();
    expect(plan!.key).toBe(planKey('{"the":"config"}', plan!.raw));
    expect(plan!.raw).toBe(`consentry=${encodeChoice(choice)}`);
    expect(plan!.until).toBe(choice.updatedAt + memo.config.cookie.lifetimeDays * 864e5);
    expect(plan!.from).toBe(choice.updatedAt - 864e5); // a clock set back more than a day: the core reads it
    expect(plan!.gate[1]).toEqual(['necessary ', 'analytics ', 'analytics google-analytics', 'analytics yandex-metrica', 'analytics yandex-webvisor']);
    // Marketing is refused: Tag Manager's traces are the ones to look for, not the granted Metrica's.
    // Kept as a regular expression's source, which the boot file tests names with as it is.
    const cookies = new RegExp(plan!.traces[0]);
    expect(['_gcl_au', '_gcl_aw'].every((name) => cookies.test(name))).toBe(true);
    expect(['_ym_uid', '_ym_d', 'x_gcl_au'].some((name) => cookies.test(name))).toBe(false);
    expect(plan!.traces[1]).toBe('');
  });

  it("looks for a refused Google service's cookies but those a Google service the visitor allows lists too: Analytics refused, Tag Manager allowed, or the other way round", () => {
    // Erased on every page, they would undo the allowed one's: a new _ga each page (no returning
    // visitor in the statistics), a lost _gcl_au (no ad conversions), and the clean-up fetched each time.
    const lookedFor = (categories: Record<string, boolean>) => {
      const cookies = new RegExp(page(categories).plan!.traces[0] || '(?!)');
      return ['_ga', '_ga_ABC123', '_gcl_au', '_gcl_aw', '_gac_gb_G-ABC123'].filter((name) => cookies.test(name));
    };
    // GA4's are Analytics' alone: analytics_storage follows its category, so the container's tags do not write them (google-services.ts).
    expect(lookedFor({ functional: true, analytics: false, marketing: true })).toEqual(['_ga', '_ga_ABC123']);
    // Tag Manager refused: the ads cookies are its alone (ad_storage follows marketing), GA4's are Analytics' too.
    expect(lookedFor({ functional: true, analytics: true, marketing: false })).toEqual(['_gcl_au', '_gcl_aw', '_gac_gb_G-ABC123']);
    const { plan } = page({ functional: true, analytics: false, marketing: false });
    expect(['_ga', '_ga_ABC123', '_gcl_au', '_gac_gb_G-ABC123'].every((name) => new RegExp(plan!.traces[0]).test(name))).toBe(true);
  });

  it("names the language the next page's core resolves, not one picked in this page's banner", () => {
    document.documentElement.lang = 'en';
    const { plan } = page({ functional: false, analytics: true, marketing: false }, { locale: 'ru', button: true });
    expect(plan!.locale).toBe('en');
    expect(plan!.button![1]).toContain('lang="en"'); // the floating button's label too
  });

  it('is not written without a cookie (a first visit does not open localStorage), for an opt-out site, or while GPC refusal is still to be recorded', () => {
    expect(page({ analytics: true }, { cookie: false }).plan).toBeNull();
    expect(page({ functional: true, analytics: true, marketing: true }, { optOut: true }).plan).toBeNull();
    expect(page({ functional: true, analytics: true, marketing: true }, { gpc: true }).plan).toBeNull();
  });

  it("is kept beside the plans of the site's other configs for the same choice, newest first, four at most; a new choice leaves only its own", () => {
    const all = { functional: true, analytics: true, marketing: true };
    // The same cookie each time (the clock may tick between pages: pin it).
    const now = Date.now();
    const spy = vi.spyOn(Date, 'now').mockReturnValue(now);
    try {
      for (const n of [1, 2, 3, 4, 5]) page(all, { text: `{"config":${n}}` });
      const { plans } = page(all, { text: '{"config":3}' });
      expect(plans.map((p) => p.key.split('\n')[1])).toEqual(['{"config":3}', '{"config":5}', '{"config":4}', '{"config":2}']);
      // Another choice: the others were made for the old cookie, and go.
      expect(page({ ...all, marketing: false }, { text: '{"config":5}' }).plans).toHaveLength(1);
      // An unreadable list is written over.
      localStorage.setItem('consentry.plan', '{"key":');
      expect(page(all).plans).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('is taken away when a page may no longer apply it alone', () => {
    expect(page({ functional: true, analytics: true, marketing: true }).plan).not.toBeNull();
    expect(page({ functional: true, analytics: true, marketing: true }, { optOut: true }).plan).toBeNull();
  });
});
