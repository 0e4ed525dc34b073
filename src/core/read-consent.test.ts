import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import type { StoredChoice } from './choice-format';
import { encodeChoice } from './encode-choice';
import { createConsent } from './testing/create-consent';
import { readConsent } from './read-consent';
import { serviceHash } from './service-hash';
import { testConfig } from './testing/config-fixture';
import { straddling } from './testing/straddling';
import { fakeEnv } from './testing/fake-env';
import type { ConsentryConfig } from './types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { readCookie } from '../storage/read-cookie';
import { integrationFacts } from '../integrations/config-facts';
import { DEMO_SITES, demoConfig } from '../ui/testing/demo-configs';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const DAY = 864e5;

/**
 * What a page computes from the same cookie value: a real instance reading it from a memory store.
 * `rewritten`: under GPC the page also stored the refusal of a GPC category granted before (a 'gpc'
 * record), which a server cannot do: the grants are the same, `updatedAt` is then that moment.
 */
function browser(config: ConsentryConfig, value: string | undefined, now: number, gpc: boolean) {
  const fake = fakeEnv({ gpc });
  const actions: string[] = [];
  const consent = createConsent(config, { store: memoryStore(value), outbox: memoryOutbox(), env: fake.env, now: () => now, onRecord: (r) => void actions.push(r.action) });
  const state = consent.state;
  consent.destroy();
  return { state, rewritten: actions.includes('gpc') };
}
const browserState = (config: ConsentryConfig, value: string | undefined, now: number, gpc: boolean) => browser(config, value, now, gpc).state;

const KEYS = ['necessary', 'analytics', 'marketing', 'embeds', 'other'];
const SERVICES = ['stats-tool', 'ads-tool', 'video', 'unknown'];
const map = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), fc.boolean(), { maxKeys: keys.length });
/** What a decision holds of the services, for the configs below: some current, some not. */
const HASHES = [serviceHash('analytics', 'stats-tool'), serviceHash('marketing', 'ads-tool'), serviceHash('embeds', 'video'), serviceHash('analytics', 'video'), serviceHash('marketing', 'stats-tool')];

const config = fc
  .record({
    revision: fc.constantFrom('2026-01', '2026-01', '2026-02'),
    lifetimeDays: fc.integer({ min: 1, max: 395 }),
    honour: fc.boolean(),
    gpcCategories: fc.subarray(['analytics', 'marketing']),
    embeds: fc.boolean(),
    // Without the embeds category, its service may be listed by another one (a service added since).
    videoIn: fc.constantFrom('nowhere', 'analytics', 'marketing'),
    childDirected: fc.boolean(),
    optOut: fc.boolean(),
  })
  .map((c) => {
    const base = testConfig();
    if (c.videoIn !== 'nowhere') base.categories[c.videoIn]!.services = [...base.categories[c.videoIn]!.services!, 'video'];
    return testConfig({
      policy: { ...base.policy, revision: c.revision, childDirected: c.childDirected, laws: c.optOut ? ['ccpa'] : ['gdpr'] },
      cookie: { lifetimeDays: c.lifetimeDays },
      // Under GPC an opt-out site stores its opt-out on the first page, a decision a server cannot make (read-consent.readme.test.ts).
      gpc: { honour: c.honour && !c.optOut, categories: c.gpcCategories },
      categories: c.embeds ? { ...testConfig().categories, embeds: { title: 'Embeds', description: 'Videos.', services: ['video'] } } : base.categories,
      services: { ...base.services, video: { title: 'Video', provider: 'Video Inc', purpose: 'Plays videos', country: 'US' } },
    });
  });

const choice: fc.Arbitrary<StoredChoice> = fc
  .record({
    consentId: fc.constantFrom('AbCdEfGhIjKlMnOpQrStUv', 'AbCdEfGhIjKlMnOpQrStUv', 'AbCdEfGhIjKlMnOpQrStUv', 'short', 'x'.repeat(64)),
    revision: fc.constantFrom('2026-01', '2026-01', '2026-01', '2026-02', 'old'),
    age: fc.oneof(fc.integer({ min: 0, max: DAY }), fc.integer({ min: -3 * DAY, max: 400 * DAY })),
    span: fc.integer({ min: 0, max: 30 * DAY }),
    sequence: fc.integer({ min: 0, max: 40 }),
    gpcOverride: fc.boolean(),
    categories: fc.oneof(fc.record({ analytics: fc.boolean(), marketing: fc.boolean(), embeds: fc.boolean() }), map(KEYS)),
    services: map(SERVICES),
    // All of them half the time, so that enough choices are current for the property to compare.
    held: fc.option(fc.oneof(fc.constant(HASHES.join('')), fc.subarray(HASHES).map((hashes) => hashes.join(''))), { nil: undefined }),
  })
  .map(({ age, span, ...c }) => ({ ...c, updatedAt: NOW - age, createdAt: NOW - age - span }));

/** Valid encodings, the same damaged, and junk: whatever a cookie may hold. */
const cookie = fc.oneof(
  choice.map(encodeChoice),
  choice.map(encodeChoice),
  fc.tuple(choice.map(encodeChoice), fc.nat(), fc.string({ maxLength: 3 })).map(([raw, at, junk]) => raw.slice(0, at % (raw.length + 1)) + junk + raw.slice((at % (raw.length + 1)) + 1)),
  fc.string({ maxLength: 40 }),
  fc.constant(undefined),
);

describe('readConsent computes the state the browser computes from the same cookie', () => {
  test('for arbitrary configs, cookies (valid, expired, forged, corrupted, junk) and GPC (fast-check)', () => {
    const seen = { decided: 0, rewritten: 0 };
    fc.assert(
      fc.property(config, cookie, fc.boolean(), (cfg, value, gpc) => {
        const server = readConsent({ value }, cfg, { now: () => NOW, gpc });
        const page = browser(cfg, value, NOW, gpc);
        if (page.rewritten) expect(page.state.updatedAt).toBe(NOW);
        expect(page.rewritten ? { ...server, updatedAt: NOW } : server).toEqual(page.state);
        if (server.decided) seen.decided++;
        if (page.rewritten) seen.rewritten++;
      }),
      { numRuns: 1000 },
    );
    expect(seen.decided).toBeGreaterThan(8); // the property did see real, current choices
  });

  test('under GPC a stored grant of a GPC category reads as refused; the page also stores that, so only its updatedAt differs', () => {
    const raw = encodeChoice({ consentId: 'AbCdEfGhIjKlMnOpQrStUv', revision: '2026-01', createdAt: NOW - DAY, updatedAt: NOW - DAY, sequence: 1, gpcOverride: false, categories: { analytics: true, marketing: true }, services: {} });
    const server = readConsent({ value: raw }, testConfig(), { now: () => NOW, gpc: true });
    expect(server).toMatchObject({ decided: true, categories: { analytics: true, marketing: false }, updatedAt: NOW - DAY, gpc: true });
    const page = browser(testConfig(), raw, NOW, true);
    expect(page.rewritten).toBe(true);
    expect(page.state).toEqual({ ...server, updatedAt: NOW });
    // Not honoured by the config: the grant stands, on both sides.
    const ignoring = testConfig({ gpc: { honour: false } });
    expect(readConsent({ value: raw }, ignoring, { now: () => NOW, gpc: true })).toEqual(browserState(ignoring, raw, NOW, true));
    expect(readConsent({ value: raw }, ignoring, { now: () => NOW, gpc: true }).categories.marketing).toBe(true);
  });

  test('from a Cookie header, among other cookies, under the configured name', () => {
    const raw = encodeChoice({ consentId: 'AbCdEfGhIjKlMnOpQrStUv', revision: '2026-01', createdAt: NOW - DAY, updatedAt: NOW - DAY, sequence: 1, gpcOverride: false, categories: { analytics: true, marketing: false }, services: {} });
    const state = readConsent(`sid=abc; site_consent=${raw}; theme=dark`, testConfig({ cookie: { name: 'site_consent' } }), { now: () => NOW });
    expect(state).toMatchObject({ decided: true, categories: { necessary: true, analytics: true, marketing: false }, services: { 'stats-tool': true, 'ads-tool': false } });
    expect(readConsent(`consentry=${raw}`, testConfig({ cookie: { name: 'site_consent' } }), { now: () => NOW }).decided).toBe(false);
    expect(readConsent(`consentry=${raw}`, testConfig(), { now: () => NOW })).toEqual(state);
  });

  test('from a Cookie header written without the space after ";" (a client that is not a browser, a hand-written test), a trailing ";" or a tab', () => {
    const raw = encodeChoice({ consentId: 'AbCdEfGhIjKlMnOpQrStUv', revision: '2026-01', createdAt: NOW - DAY, updatedAt: NOW - DAY, sequence: 1, gpcOverride: false, categories: { analytics: true, marketing: false }, services: {} });
    for (const header of [`sid=abc;consentry=${raw}`, `consentry=${raw};`, `sid=abc;\tconsentry=${raw};theme=dark`, `sid=abc;  consentry=${raw}`]) expect(readConsent(header, testConfig(), { now: () => NOW }), header).toMatchObject({ decided: true, categories: { analytics: true } });
  });

  test("a service added since to a granted category: not decided, as on the page; added to a refused one: the choice holds; a cookie without the services held: as before", () => {
    const fake = fakeEnv();
    const store = memoryStore();
    const decided = createConsent(testConfig(), { store, outbox: memoryOutbox(), env: fake.env, now: () => NOW - DAY });
    decided.set({ analytics: true });
    decided.destroy();
    const raw = store.value!;
    const adding = (category: string) => {
      const config = testConfig();
      config.services!.video = { title: 'Video', provider: 'Video Inc', purpose: 'Plays videos', country: 'US' };
      config.categories[category]!.services = [...config.categories[category]!.services!, 'video'];
      return config;
    };
    for (const [config, decided] of [[testConfig(), true], [adding('analytics'), false], [adding('marketing'), true]] as const) {
      const server = readConsent({ value: raw }, config, { now: () => NOW });
      expect(server).toEqual(browserState(config, raw, NOW, false));
      expect(server).toMatchObject({ decided, categories: { analytics: decided } });
    }
    // The same choice as a cookie written before the services were held (9 fields): current, on both sides.
    const old = raw.slice(0, raw.lastIndexOf('~'));
    expect(old.split('~')).toHaveLength(9);
    expect(readConsent({ value: old }, adding('analytics'), { now: () => NOW })).toEqual(browserState(adding('analytics'), old, NOW, false));
    expect(readConsent({ value: old }, adding('analytics'), { now: () => NOW })).toMatchObject({ decided: true, categories: { analytics: true }, services: { video: true } });
  });

  test("a service added since whose hash is in the cookie only across two kept hashes: not decided, as on the page", () => {
    const [first, second] = straddling('analytics', serviceHash('analytics', 'video'));
    const listing = (keys: string[]) => {
      const config = testConfig();
      for (const key of keys) config.services![key] = { title: key, provider: 'Co', purpose: 'Counts visits', country: 'US' };
      config.categories.analytics!.services = keys;
      return config;
    };
    const raw = encodeChoice({ consentId: 'AbCdEfGhIjKlMnOpQrStUv', revision: '2026-01', createdAt: NOW - DAY, updatedAt: NOW - DAY, sequence: 1, gpcOverride: false, categories: { analytics: true, marketing: false }, services: {}, held: serviceHash('analytics', first) + serviceHash('analytics', second) });
    expect(raw).toContain(serviceHash('analytics', 'video'));
    for (const [config, decided] of [[listing([first, second]), true], [listing([first, second, 'video']), false]] as const) {
      const server = readConsent({ value: raw }, config, { now: () => NOW });
      expect(server).toEqual(browserState(config, raw, NOW, false));
      expect(server).toMatchObject({ decided, categories: { analytics: decided } });
    }
    // Hashes cut short or not base 36 are a corrupted cookie (choice-format.ts): asked again, granting nothing, on both sides.
    for (const bad of [raw.slice(0, -1), raw.slice(0, -3), `${raw.slice(0, -1)}_`, `${raw.slice(0, -1)}Z`]) {
      expect(readConsent({ value: bad }, listing([first, second]), { now: () => NOW }), bad).toEqual(browserState(listing([first, second]), bad, NOW, false));
      expect(readConsent({ value: bad }, listing([first, second]), { now: () => NOW })).toMatchObject({ decided: false, categories: { analytics: false } });
    }
  });

  test('no cookie: not decided, everything optional refused, as on a first visit', () => {
    const firstVisit = browserState(testConfig(), undefined, NOW, false);
    expect(firstVisit).toMatchObject({ decided: false, categories: { necessary: true, analytics: false, marketing: false }, consentId: null });
    for (const input of [undefined, null, '', 'sid=abc', { value: undefined }, { value: null }]) expect(readConsent(input, testConfig(), { now: () => NOW })).toEqual(firstVisit);
  });

  test('an invalid config, or one that cannot even be read, fails closed as the browser does, without throwing', () => {
    const broken = testConfig({ cookie: { lifetimeDays: 900 } });
    expect(readConsent('consentry=x', broken)).toEqual(browserState(broken, 'x', NOW, false));
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); }, ownKeys: () => { throw new Error('no'); } }) as ConsentryConfig;
    expect(readConsent(undefined, hostile, { gpc: true })).toEqual({ decided: false, categories: { necessary: true }, services: {}, consentId: null, revision: null, updatedAt: null, gpc: true });
  });

  test('services plugins bring can be listed, as with createConsent', () => {
    const plugin = { name: 'tool', services: { 'plugin-tool': { country: 'US' } }, setup: () => {} };
    const base = testConfig();
    const cfg = testConfig({ categories: { ...base.categories, analytics: { ...base.categories.analytics!, services: ['plugin-tool'] } } });
    expect(readConsent(undefined, cfg).services).toEqual({});
    expect(readConsent(undefined, cfg, { plugins: [plugin] }).services).toEqual({ 'plugin-tool': false, 'ads-tool': false });
  });
});

/** The value a page reads when `document.cookie` is `header` (a browser sends the same text as its Cookie header), at NOW. */
function pageReads(header: string): string | undefined {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  Object.defineProperty(globalThis, 'document', { value: { cookie: header }, configurable: true });
  try {
    return readCookie('consentry');
  } finally {
    delete (globalThis as { document?: unknown }).document;
    vi.useRealTimers();
  }
}

describe('from a Cookie header with two copies of the cookie (a changed cookie.domain or cookie.path), the copy the page reads', () => {
  const stored = (updatedAt: number, analytics: boolean) =>
    encodeChoice({ consentId: 'AbCdEfGhIjKlMnOpQrStUv', revision: '2026-01', createdAt: NOW - DAY, updatedAt, sequence: 2, gpcOverride: false, categories: { analytics, marketing: false }, services: {} });
  const grant = stored(NOW - 1000, true);
  const withdrawal = stored(NOW, false);

  test.each([
    ['a withdrawal after a grant, the grant listed first (as a browser lists one path: the older first)', `consentry=${grant}; consentry=${withdrawal}`, false],
    ['the same in reverse order (a longer path listed first)', `consentry=${withdrawal}; consentry=${grant}`, false],
    ['a grant after a withdrawal, listed after it', `consentry=${stored(NOW - 1000, false)}; consentry=${stored(NOW, true)}`, true],
    ['an undecodable copy before a decision', `consentry=junk; consentry=${grant}`, true],
    ['a copy forged from the future before a decision', `consentry=${stored(NOW + 2 * DAY, false)}; consentry=${grant}`, true],
    ['a %-escaped copy (%7C for "|"), newer, before a decision', `consentry=${stored(NOW, true).replace('|', '%7C')}; consentry=${stored(NOW - 1000, false)}`, false],
  ])('%s', (_name, header, analytics) => {
    const server = readConsent(header, testConfig(), { now: () => NOW });
    expect(server).toEqual(browserState(testConfig(), pageReads(header), NOW, false));
    expect(server).toMatchObject({ decided: true, categories: { analytics } });
  });

  test.each([
    ['a %-escape (%7C for "|"): js-cookie would unescape it, but it is not what we write', `consentry=${grant.replace('|', '%7C')}`],
    ['surrounding double quotes', `consentry="${grant}"`],
    ['an escaped name (consent%72y)', `consent%72y=${grant}`],
  ])('%s: not decided, as on the page', (_name, header) => {
    const server = readConsent(header, testConfig(), { now: () => NOW });
    expect(server).toEqual(browserState(testConfig(), pageReads(header), NOW, false));
    expect(server).toMatchObject({ decided: false, categories: { analytics: false } });
  });
});

describe("a script-tag config, whose services its integrations bring (the demo sites' own)", () => {
  test.each(DEMO_SITES.map((s) => s.id))('%s: an accept-all cookie reads as granted, with each integration service', (site) => {
    const config = demoConfig(site);
    const categories = Object.fromEntries(Object.keys(config.categories).filter((k) => k !== 'necessary').map((k) => [k, true]));
    const value = encodeChoice({ consentId: 'abcdefghijklmnop0123', revision: config.policy.revision, createdAt: NOW, updatedAt: NOW, sequence: 1, gpcOverride: false, categories, services: {} });
    const state = readConsent({ value }, config, { now: () => NOW });
    expect(state.decided).toBe(true);
    expect(state.categories).toEqual({ necessary: true, ...categories });
    // Every service listed in a category, its integrations' included (shop, infomaximum: Metrica, Google).
    const listed = Object.values(config.categories).flatMap((c) => c.services ?? []);
    expect(Object.keys(state.services).sort()).toEqual([...new Set(listed)].sort());
    for (const service of listed) expect(state.services[service]).toBe(true);
    if (site === 'shop' || site === 'infomaximum') expect(listed.filter((s) => s in integrationFacts(config)).length).toBeGreaterThan(0);
  });
});
