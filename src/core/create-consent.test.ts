import { describe, expect, test, vi } from 'vitest';
import { MAX_COOKIE_LENGTH, decodeChoice } from './choice-format';
import { createConsent } from './testing/create-consent';
import { createConsent as createPublicConsent } from './create-consent';
import type { Environment } from './environment';
import { testConfig } from './testing/config-fixture';
import { fakeEnv, settle } from './testing/fake-env';
import type { ChangeEvent, ConsentOptions, ConsentRecord, ConsentryConfig } from './types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { checkRecord } from '../server/validate-record';
import { decisions } from './decisions';
import { resolveConfig } from './resolve';
import { startConsent } from './start-consent';
import { extremeConfig } from './testing/longest-config';
import { integrationFacts } from '../integrations/config-facts';

const DAY = 24 * 60 * 60 * 1000;

/** One "page": a fresh instance on the given store, with its own fake environment. */
function page(options: { config?: ConsentryConfig; store?: ReturnType<typeof memoryStore>; fake?: ReturnType<typeof fakeEnv>; env?: Partial<Environment> } & Omit<ConsentOptions, 'env' | 'store' | 'now'> = {}) {
  const fake = options.fake ?? fakeEnv(options.env);
  const store = options.store ?? memoryStore();
  const records: ConsentRecord[] = [];
  const changes: ChangeEvent[] = [];
  const { config, fake: _f, env: _e, store: _s, ...rest } = options;
  const consent = createConsent(config ?? testConfig(), { outbox: memoryOutbox(), ...rest, store, now: fake.now, env: fake.env });
  consent.on('record', (r) => records.push(r));
  consent.on('change', (c) => changes.push(c));
  return { consent, store, fake, records, changes };
}

describe('decisions', () => {
  test('before any decision: not decided, only necessary allowed, nothing stored', () => {
    const { consent, store } = page();
    expect(consent.ok).toBe(true);
    expect(consent.state.decided).toBe(false);
    expect(consent.allowed('necessary')).toBe(true);
    expect(consent.allowed('analytics')).toBe(false);
    expect(consent.allowedService('stats-tool')).toBe(false);
    expect(store.value).toBeUndefined();
  });

  test('acceptAll grants every category and service and stores it', () => {
    const { consent, store, changes } = page();
    consent.acceptAll();
    expect(consent.state).toMatchObject({ decided: true, categories: { necessary: true, analytics: true, marketing: true }, revision: '2026-01' });
    expect(consent.allowedService('ads-tool')).toBe(true);
    expect(decodeChoice(store.value, Date.now())?.categories).toEqual({ analytics: true, marketing: true });
    expect(changes.map((c) => c.action)).toEqual(['accept_all']);
    expect(changes[0]!.previous.decided).toBe(false);
  });

  test('rejectAll stores the refusals, and a later page remembers them (no re-ask)', () => {
    const first = page();
    first.consent.rejectAll();
    expect(first.store.value).toContain('analytics=0');
    expect(first.store.value).toContain('marketing=0');
    const later = page({ store: first.store });
    expect(later.consent.state.decided).toBe(true);
    expect(later.consent.allowed('analytics')).toBe(false);
    expect(later.changes).toEqual([]);
  });

  test('set() changes only the named categories', () => {
    const { consent, changes } = page();
    consent.set({ analytics: true });
    expect(consent.state.categories).toEqual({ necessary: true, analytics: true, marketing: false });
    consent.set({ marketing: true });
    expect(consent.state.categories).toEqual({ necessary: true, analytics: true, marketing: true });
    consent.set({ analytics: false });
    expect(consent.state.categories).toEqual({ necessary: true, analytics: false, marketing: true });
    expect(changes.map((c) => c.action)).toEqual(['custom', 'custom', 'custom']);
  });

  test('set() with a service refused inside a granted category', () => {
    const { consent } = page();
    consent.set({ analytics: true }, { services: { 'stats-tool': false } });
    expect(consent.allowed('analytics')).toBe(true);
    expect(consent.allowedService('stats-tool')).toBe(false);
    consent.set({ marketing: true }); // the earlier service refusal is kept
    expect(consent.allowedService('stats-tool')).toBe(false);
    consent.acceptAll(); // accepting all grants every service again
    expect(consent.allowedService('stats-tool')).toBe(true);
  });

  test('set() with an unknown category warns and ignores it; necessary cannot be refused', () => {
    const { consent, fake } = page();
    consent.set({ analytcs: true, necessary: false });
    expect(fake.warnings.join('\n')).toContain('"analytcs"');
    expect(consent.state.categories).toEqual({ necessary: true, analytics: false, marketing: false });
  });

  test('set() naming only categories the config lacks stores nothing: no refusal the visitor never made, the banner still asks', () => {
    const { consent, fake, changes } = page();
    consent.set({ embeds: true }); // the README's sample, copied into a config without "embeds"
    expect(fake.warnings.join('\n')).toContain('"embeds" ignored; expected one of "analytics", "marketing". Nothing was stored.');
    expect(consent.state.decided).toBe(false);
    expect(changes).toEqual([]);
    consent.set({}); // nothing named: a custom UI's save with every toggle off is still a refusal
    expect(consent.state.decided).toBe(true);
    expect(changes.at(-1)!.action).toBe('custom');
  });

  test('withdraw refuses everything again and stays decided', () => {
    const { consent, changes } = page();
    consent.acceptAll();
    consent.withdraw();
    expect(consent.state.decided).toBe(true);
    expect(consent.state.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    expect(consent.allowedService('stats-tool')).toBe(false);
    expect(changes.at(-1)!.action).toBe('withdraw');
  });

  test('unknown names are never allowed, even Object.prototype ones', () => {
    const { consent } = page();
    consent.acceptAll();
    for (const name of ['ads', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(consent.allowed(name)).toBe(false);
      expect(consent.allowedService(name)).toBe(false);
    }
  });

  test('a decision before a page load is kept; the layer is recorded', () => {
    const { consent, records } = page();
    consent.acceptAll({ layer: 'banner' });
    consent.set({ marketing: false }, { layer: 'preferences' });
    expect(records.map((r) => [r.action, r.layer])).toEqual([
      ['accept_all', 'banner'],
      ['custom', 'preferences'],
    ]);
  });

  test('a layer the record schema does not list is recorded as "api", said once; a consentManager not a string is left out; the log takes every record', () => {
    const { consent, records, fake } = page();
    // As a script-tag page may call it: no type checks.
    const untyped = consent as unknown as Record<'acceptAll' | 'rejectAll' | 'withdraw', (o: unknown) => void>;
    untyped.acceptAll({ layer: 'footer' });
    untyped.rejectAll({ layer: ['banner'], consentManager: 12345 });
    untyped.acceptAll({ layer: 'banner', consentManager: ['cm-1'] });
    untyped.withdraw({ layer: 'signal' });
    expect(records.map((r) => [r.layer, r.consentManager])).toEqual([['api', undefined], ['api', undefined], ['banner', undefined], ['signal', undefined]]);
    expect(records.map((r) => checkRecord(JSON.parse(JSON.stringify(r))))).toEqual(records.map((r) => ({ ok: true, record: JSON.parse(JSON.stringify(r)) })));
    const expected = 'expected a reference of 1-128 letters, digits, ".", "_", ":", "/" or "-". The record leaves it out.';
    expect(fake.warnings).toEqual([
      'layer: got "footer"; expected one of "banner", "preferences", "api", "signal". Recorded as "api".',
      `consentManager: got 12345; ${expected}`,
      `consentManager: got ["cm-1"]; ${expected}`,
    ]);
  });
});

describe('consent id and sequence', () => {
  test('the consent id is random, stable across decisions; the sequence counts them', () => {
    const { consent, records } = page();
    expect(consent.state.consentId).toBeNull();
    consent.acceptAll();
    const id = consent.state.consentId;
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    consent.rejectAll();
    consent.set({ analytics: true });
    consent.withdraw();
    expect(consent.state.consentId).toBe(id);
    expect(records.map((r) => r.consentId)).toEqual([id, id, id, id]);
    expect(records.map((r) => r.sequence)).toEqual([1, 2, 3, 4]);
    expect(new Set(records.map((r) => r.recordId)).size).toBe(4);
  });

  test('two browsers get different consent ids', () => {
    const a = page();
    const b = page();
    a.consent.acceptAll();
    b.consent.acceptAll();
    expect(a.consent.state.consentId).not.toBe(b.consent.state.consentId);
  });

  test('the consent id and sequence survive a re-ask after a policy change', () => {
    const first = page();
    first.consent.acceptAll();
    first.consent.rejectAll();
    const id = first.consent.state.consentId;
    const changed = testConfig();
    changed.policy.revision = '2026-02';
    const later = page({ config: changed, store: first.store });
    expect(later.consent.state.decided).toBe(false);
    expect(later.consent.state.consentId).toBe(id);
    later.consent.acceptAll();
    expect(later.records[0]).toMatchObject({ consentId: id, sequence: 3, policy: { revision: '2026-02' } });
    expect(later.consent.state.revision).toBe('2026-02');
  });
});

describe('asking again', () => {
  test('a changed policy revision asks again and grants nothing until then', () => {
    const first = page();
    first.consent.acceptAll();
    const changed = testConfig();
    changed.policy.revision = '2026-02';
    const later = page({ config: changed, store: first.store });
    expect(later.consent.state.decided).toBe(false);
    expect(later.consent.allowed('analytics')).toBe(false);
  });

  test('an expired choice asks again on a later page (default 182 days)', () => {
    const first = page();
    first.consent.acceptAll();
    first.fake.advance(182 * DAY);
    expect(page({ store: first.store, fake: first.fake }).consent.state.decided).toBe(true);
    first.fake.advance(DAY);
    const later = page({ store: first.store, fake: first.fake });
    expect(later.consent.state.decided).toBe(false);
    expect(later.consent.allowed('marketing')).toBe(false);
  });

  test('the configured lifetime applies', () => {
    const config = testConfig({ cookie: { lifetimeDays: 30 } });
    const first = page({ config });
    first.consent.rejectAll();
    first.fake.advance(31 * DAY);
    expect(page({ config, store: first.store, fake: first.fake }).consent.state.decided).toBe(false);
  });

  test('a choice that expires while the page is open is dropped on the next check, with a change event', () => {
    const { consent, fake, changes } = page();
    consent.acceptAll();
    fake.advance(183 * DAY);
    expect(consent.allowed('analytics')).toBe(false);
    expect(changes.at(-1)).toMatchObject({ action: null, state: { decided: false }, previous: { decided: true } });
  });

  test('a category added since the choice asks again', () => {
    const first = page();
    first.consent.acceptAll();
    const config = testConfig();
    config.categories.preferences = { title: 'Preferences', description: 'Remembers your theme.' };
    const later = page({ config, store: first.store });
    expect(later.consent.state.decided).toBe(false);
    expect(later.consent.allowed('analytics')).toBe(false);
  });

  test('a service added since to a granted category (a new recipient) asks again, as a new category does; the answer then holds', () => {
    const first = page();
    first.consent.set({ analytics: true });
    const config = testConfig();
    config.services!['other-stats'] = { title: 'Other stats', provider: 'Other Co', purpose: 'Counts visits', country: 'US' };
    config.categories.analytics!.services = ['stats-tool', 'other-stats'];
    const later = page({ config, store: first.store });
    expect(later.consent.state).toMatchObject({ decided: false, consentId: first.consent.state.consentId, categories: { analytics: false }, services: { 'stats-tool': false, 'other-stats': false } });
    later.consent.set({ analytics: true });
    expect(later.records[0]).toMatchObject({ sequence: 2, services: { 'stats-tool': true, 'other-stats': true } });
    expect(page({ config, store: first.store }).consent.state).toMatchObject({ decided: true, categories: { analytics: true } });
  });

  test('a service added since to a refused category does not ask again: it stays refused', () => {
    const first = page();
    first.consent.set({ analytics: true });
    const config = testConfig();
    config.services!['other-ads'] = { title: 'Other ads', provider: 'Other Co', purpose: 'Shows ads', country: 'US' };
    config.categories.marketing!.services = ['ads-tool', 'other-ads'];
    const later = page({ config, store: first.store });
    expect(later.consent.state).toMatchObject({ decided: true, categories: { analytics: true, marketing: false }, services: { 'stats-tool': true, 'other-ads': false } });
  });

  test('a category removed since the choice does not ask again', () => {
    const first = page();
    first.consent.acceptAll();
    const config = testConfig();
    delete config.categories.marketing;
    config.policy.purposes = config.policy.purposes.filter((p) => p.category !== 'marketing');
    delete config.services!['ads-tool'];
    const later = page({ config, store: first.store });
    expect(later.consent.state.decided).toBe(true);
    expect(later.consent.allowed('analytics')).toBe(true);
  });

  test('a decision after the clock went back is still readable (createdAt never after updatedAt)', () => {
    const first = page();
    first.consent.acceptAll();
    // The visitor's clock is corrected back an hour; the next decision must not look forged.
    const fake = fakeEnv();
    let t = first.fake.now() - 60 * 60 * 1000;
    const later = createConsent(testConfig(), { store: first.store, outbox: memoryOutbox(), now: () => t, env: fake.env });
    later.rejectAll();
    t += 1000;
    const again = createConsent(testConfig(), { store: first.store, outbox: memoryOutbox(), now: () => t, env: fakeEnv().env });
    expect(again.state.decided).toBe(true);
    expect(again.allowed('analytics')).toBe(false);
  });
});

describe('bad stored values and broken storage', () => {
  test.each(['', 'garbage', 'valueOf', '__proto__', '2~x~y', '%E0%A4%A', 'x'.repeat(5000)])('cookie %j: not decided, no throw', (raw) => {
    const { consent } = page({ store: memoryStore(raw) });
    expect(consent.ok).toBe(true);
    expect(consent.state.decided).toBe(false);
    consent.acceptAll();
    expect(consent.allowed('analytics')).toBe(true);
  });

  test('cookies blocked: the choice holds for this page, with a warning', () => {
    const store = { read: () => undefined, write: () => {}, remove: () => {} };
    const fake = fakeEnv();
    const consent = createConsent(testConfig(), { store, outbox: memoryOutbox(), now: fake.now, env: fake.env });
    consent.acceptAll();
    expect(consent.allowed('analytics')).toBe(true);
    expect(fake.warnings.join('\n')).toContain('could not be stored');
  });

  test('a choice longer than a cookie holds (a config kept without the checker\'s limit, fits.ts): not stored, the choice before removed rather than read on the next page, recorded, and the console says why', () => {
    const config = extremeConfig();
    // A browser's jar: it drops a cookie whose name and value pass 4,096 bytes.
    const jar = memoryStore();
    const store = { ...jar, write: (value: string, days: number) => void (config.cookie!.name!.length + 1 + value.length <= 4096 && jar.write(value, days)) };
    const kept = () => {
      const fake = fakeEnv();
      const consent = startConsent(config, { store, outbox: memoryOutbox(), now: fake.now, env: fake.env }, { decisions: (kernel) => decisions(kernel) }, (_, starter) =>
        starter.kept({ config: resolveConfig(config, integrationFacts(config)), warnings: [] }),
      );
      return { consent, fake };
    };
    const { consent, fake } = kept();
    const records: ConsentRecord[] = [];
    consent.on('record', (r) => records.push(r));
    consent.acceptAll();
    expect(jar.value).toBeDefined(); // every service granted, none named: short enough
    const services = Object.fromEntries(Object.keys(consent.state.services).map((s) => [s, false]));
    const refused = Object.keys(services)[0]!;
    consent.set({}, { services });
    // Before, the browser dropped it and kept the grant: the next page ran every refused service.
    const next = kept().consent;
    expect(next.state.decided).toBe(false);
    expect(next.allowed(refused)).toBe(false);
    expect(consent.allowed(refused)).toBe(false); // on this page the choice holds
    expect(records.map((r) => r.action)).toEqual(['accept_all', 'custom']);
    expect(records[1]!.services[refused]).toBe(false);
    expect(fake.warnings.join('\n')).toMatch(new RegExp(`the consent cookie could not be stored \\(8\\d{3} characters, over ${MAX_COOKIE_LENGTH}\\); the choice holds for this page only`));
  });

  test('a store that throws is logged, never passed on', () => {
    const store = {
      read: (): string | undefined => {
        throw new Error('SecurityError');
      },
      write: () => {
        throw new Error('quota');
      },
      remove: () => {},
    };
    const fake = fakeEnv();
    const consent = createConsent(testConfig(), { store, outbox: memoryOutbox(), now: fake.now, env: fake.env });
    expect(consent.ok).toBe(true);
    expect(() => consent.acceptAll()).not.toThrow();
    expect(consent.allowed('analytics')).toBe(true);
    expect(fake.errors.join('\n')).toContain('SecurityError');
    expect(fake.errors.join('\n')).toContain('quota');
  });
});

describe('events', () => {
  test('on() returns an unsubscribe function', () => {
    const { consent } = page();
    const seen: Array<string | null> = [];
    const off = consent.on('change', (e) => seen.push(e.action));
    consent.acceptAll();
    off();
    consent.rejectAll();
    expect(seen).toEqual(['accept_all']);
  });

  test('a throwing listener is logged and the others still run', async () => {
    const { consent, fake } = page();
    const seen: string[] = [];
    consent.on('change', () => {
      throw new Error('broken listener');
    });
    consent.on('change', () => seen.push('second'));
    consent.on('record', () => {
      throw new Error('broken record listener');
    });
    expect(() => consent.acceptAll()).not.toThrow();
    expect(seen).toEqual(['second']);
    expect(consent.allowed('analytics')).toBe(true);
    // The words come in a lazy chunk: the console hears once they are here.
    await vi.waitFor(() => expect(fake.errors.join('\n')).toContain('broken record listener'));
    expect(fake.errors.join('\n')).toContain('broken listener');
  });

  test('showPreferences() emits "show"; with no UI it warns', async () => {
    const { consent, fake } = page();
    consent.showPreferences();
    await vi.waitFor(() => expect(fake.warnings.join('\n')).toContain('no UI'));
    const show = vi.fn();
    consent.on('show', show);
    consent.showPreferences();
    expect(show).toHaveBeenCalledTimes(1);
  });
});

describe('when()', () => {
  test('runs at once when the category is already granted', () => {
    const first = page();
    first.consent.acceptAll();
    const { consent } = page({ store: first.store });
    const fn = vi.fn();
    consent.when('analytics', fn);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test('runs once, when the category is granted later, not on other changes', () => {
    const { consent } = page();
    const fn = vi.fn();
    consent.when('analytics', fn);
    consent.set({ marketing: true });
    expect(fn).not.toHaveBeenCalled();
    consent.set({ analytics: true });
    expect(fn).toHaveBeenCalledTimes(1);
    consent.withdraw();
    consent.acceptAll();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test('its cancel function stops it', () => {
    const { consent } = page();
    const fn = vi.fn();
    const cancel = consent.when('analytics', fn);
    cancel();
    consent.acceptAll();
    expect(fn).not.toHaveBeenCalled();
  });

  test('necessary runs at once; a throwing callback is logged', async () => {
    const { consent, fake } = page();
    const fn = vi.fn(() => {
      throw new Error('bad callback');
    });
    expect(() => consent.when('necessary', fn)).not.toThrow();
    expect(fn).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fake.errors.join('\n')).toContain('bad callback'));
  });

  // A change's state is a plain object: `categories.toString` is a function, and a truthy one ran the callback.
  test('a name that is a built-in object property ("toString", "constructor") is no category: never granted, never run', () => {
    const { consent } = page();
    const fn = vi.fn();
    for (const name of ['toString', 'constructor', 'hasOwnProperty', '__proto__']) consent.when(name, fn);
    consent.acceptAll();
    expect(fn).not.toHaveBeenCalled();
    expect([consent.allowed('toString'), consent.allowedService('constructor')]).toEqual([false, false]);
  });
});

/** The warnings said, once their words (a lazy chunk) have come, and no later call's words after them. */
async function warnedExactly(fake: ReturnType<typeof fakeEnv>, expected: unknown[]): Promise<void> {
  await vi.waitFor(() => expect(fake.warnings).toHaveLength(expected.length));
  await new Promise((resolve) => setTimeout(resolve, 50)); // a later call's words would have come by now
  expect(fake.warnings).toEqual(expected);
}

describe('a category the config lacks (a typo) in allowed() or when()', () => {
  test('is said once per name, with the categories the config has; known names say nothing', async () => {
    const { consent, fake } = page();
    for (let i = 0; i < 3; i++) {
      consent.allowed('analytic');
      consent.when('analytic', () => {});
      consent.allowed('analytics');
      consent.when('marketing', () => {});
      consent.allowedService('stats-tool');
    }
    consent.when('toString', () => {});
    consent.acceptAll(); // a change: the waiting when()s look again
    await warnedExactly(fake, [
      'allowed("analytic") / when("analytic"): the config has no category "analytic" (it has "necessary", "analytics", "marketing"), so it is never granted.',
      'allowed("toString") / when("toString"): the config has no category "toString" (it has "necessary", "analytics", "marketing"), so it is never granted.',
    ]);
  });

  test('once per instance: another instance says it again', async () => {
    const fake = fakeEnv();
    page({ fake }).consent.allowed('analytic');
    page({ fake }).consent.allowed('analytic');
    await vi.waitFor(() => expect(fake.warnings).toHaveLength(2));
  });

  test('is not judged before the config is checked, nor on a config that failed closed (its own error says why)', async () => {
    const fake = fakeEnv();
    const lazy = createPublicConsent(testConfig(), { store: memoryStore(), outbox: memoryOutbox(), env: fake.env });
    expect(lazy.allowed('analytics')).toBe(false); // the checker is on its way: no config to judge by
    await lazy.ready;
    await new Promise((resolve) => setTimeout(resolve, 50)); // its words would have come by now
    expect(fake.warnings).toEqual([]);
    lazy.allowed('analytic'); // now it can be judged
    const broken = testConfig();
    delete (broken as Partial<ConsentryConfig>).policy;
    const closed = page({ config: broken, fake });
    expect(closed.consent.ok).toBe(false);
    closed.consent.allowed('analytics');
    await warnedExactly(fake, [expect.stringContaining('allowed("analytic")')]); // nothing on the failed instance
  });
});

describe('a service the config lacks (a typo) in allowedService()', () => {
  test('is said once per name, with the services the config has; known names say nothing', async () => {
    const { consent, fake } = page();
    for (let i = 0; i < 3; i++) {
      expect(consent.allowedService('stats-tol')).toBe(false);
      consent.allowedService('stats-tool');
      consent.allowedService('constructor'); // Object.prototype's: no service either
    }
    await warnedExactly(fake, [
      'allowedService("stats-tol"): the config has no service "stats-tol" (it has "stats-tool", "ads-tool"), so it is never granted.',
      'allowedService("constructor"): the config has no service "constructor" (it has "stats-tool", "ads-tool"), so it is never granted.',
    ]);
  });

  test('a name asked as a service and as a category is said for each', async () => {
    const { consent, fake } = page();
    consent.allowedService('analytics'); // a category, not a service
    consent.allowed('stats-tool'); // a service, not a category
    consent.allowedService('analytics');
    consent.allowed('stats-tool');
    await warnedExactly(fake, [expect.stringContaining('allowedService("analytics")'), expect.stringContaining('allowed("stats-tool")')]);
  });

  test('is not judged before the config is checked, nor on a config that failed closed', async () => {
    const fake = fakeEnv();
    const lazy = createPublicConsent(testConfig(), { store: memoryStore(), outbox: memoryOutbox(), env: fake.env });
    expect(lazy.allowedService('stats-tool')).toBe(false); // the checker is on its way: no config to judge by
    await lazy.ready;
    const broken = testConfig();
    delete (broken as Partial<ConsentryConfig>).policy;
    const closed = page({ config: broken, fake });
    closed.consent.allowedService('stats-tool');
    closed.consent.allowedService('stats-tol');
    await new Promise((resolve) => setTimeout(resolve, 50)); // their words would have come by now
    expect(fake.warnings).toEqual([]);
  });
});

describe('plugins', () => {
  test('setup runs once with the stored choice already read; its teardown runs on destroy', () => {
    const first = page();
    first.consent.acceptAll();
    const seen: boolean[] = [];
    const teardown = vi.fn();
    const { consent } = page({
      store: first.store,
      plugins: [{ name: 'probe', setup: (c) => (seen.push(c.allowed('analytics')), teardown) }],
    });
    expect(seen).toEqual([true]);
    consent.destroy();
    expect(teardown).toHaveBeenCalledTimes(1);
  });

  test('a plugin that throws in setup is logged; consent keeps working', async () => {
    const { consent, fake } = page({
      plugins: [
        {
          name: 'broken',
          setup: () => {
            throw new Error('setup failed');
          },
        },
      ],
    });
    expect(consent.ok).toBe(true);
    await vi.waitFor(() => expect(fake.errors.join('\n')).toContain('plugin "broken" setup threw'));
    consent.acceptAll();
    expect(consent.allowed('analytics')).toBe(true);
  });

  test('a plugin brings services that categories may list', () => {
    const config = testConfig();
    config.categories.analytics!.services = ['stats-tool', 'google-analytics'];
    const { consent } = page({
      config,
      plugins: [{ name: 'google', services: { 'google-analytics': { title: 'GA', provider: 'Google LLC', purpose: 'Stats', country: 'US' } }, setup: () => {} }],
    });
    expect(consent.ok).toBe(true);
    consent.set({ analytics: true });
    expect(consent.allowedService('google-analytics')).toBe(true);
  });
});

describe('destroy()', () => {
  test('stops listeners, timers and events; the stored choice stays', async () => {
    const server = { fetch: vi.fn(async () => new Response(null, { status: 503 })) };
    const config = testConfig({ records: { endpoint: 'https://log.test/consent' } });
    const { consent, fake, store } = page({ config, env: { fetch: server.fetch as unknown as typeof fetch } });
    const change = vi.fn();
    consent.on('change', change);
    consent.acceptAll();
    await settle();
    expect(fake.pendingTimers()).toHaveLength(1); // the retry of the failed send
    expect(fake.listenerCount('online')).toBe(1);
    expect(fake.listenerCount('focus')).toBe(1);
    consent.destroy();
    expect(fake.listenerCount('online') + fake.listenerCount('focus') + fake.listenerCount('visibilitychange') + fake.listenerCount('pagehide')).toBe(0);
    expect(fake.pendingTimers()).toEqual([]);
    consent.rejectAll();
    expect(change).toHaveBeenCalledTimes(1);
    expect(decodeChoice(store.value, fake.now())?.categories.analytics).toBe(true);
    consent.destroy(); // twice is harmless
    fake.advance(60 * 60_000);
    await settle();
    expect(server.fetch).toHaveBeenCalledTimes(1);
  });
});

describe('locale', () => {
  test('picked from <html lang>, then the browser, then the default; setLocale changes later records', async () => {
    const config = testConfig({ language: { default: 'en', available: ['en', 'ru', 'hi'] } });
    expect(page({ config, env: { documentLang: () => 'ru-RU', browserLanguages: () => ['hi'] } }).consent.locale).toBe('ru');
    expect(page({ config, env: { documentLang: () => null, browserLanguages: () => ['de', 'hi-IN'] } }).consent.locale).toBe('hi');
    const { consent, records, fake } = page({ config });
    expect(consent.locale).toBe('en');
    consent.setLocale('hi');
    consent.acceptAll();
    expect(records[0]!.locale).toBe('hi');
    consent.setLocale('de');
    expect(consent.locale).toBe('hi');
    await vi.waitFor(() => expect(fake.warnings.join('\n')).toContain('"de" is not offered'));
  });

  test('a language offered that the widget has no texts in (not shipped, none in ui.texts) is shown in English: the locale and the records say English', () => {
    const config = testConfig({ language: { default: 'en', available: ['en', 'fr', 'ru'], force: 'fr' } });
    const { consent, records } = page({ config });
    expect(consent.locale).toBe('en');
    consent.acceptAll();
    // Before, "fr": the record said the visitor read French, where the banner was in English.
    expect(records[0]!.locale).toBe('en');
    consent.setLocale('ru');
    expect(consent.locale).toBe('ru');
    consent.setLocale('fr');
    expect(consent.locale).toBe('en');
    // Matched from the page, or the default: the same.
    expect(page({ config: testConfig({ language: { default: 'fr', available: ['fr'] } }) }).consent.locale).toBe('en');
    expect(page({ config: testConfig({ language: { default: 'en', available: ['en', 'fr-CA'] } }), env: { documentLang: () => 'fr-CA' } }).consent.locale).toBe('en');
  });

  test("a language the site gave texts in (its tag's or its primary language's) stays the locale: the widget shows it once they are all there, and the checker names any missing", () => {
    const texts = { fr: { acceptAll: 'Tout accepter' } };
    const config = testConfig({ language: { default: 'en', available: ['en', 'fr-CA'], force: 'fr-CA' }, ui: { texts } });
    const { consent, records } = page({ config });
    expect(consent.locale).toBe('fr-CA');
    consent.acceptAll();
    expect(records[0]!.locale).toBe('fr-CA');
  });

  test('a decision names the language it was shown in (`locale`): English where the view fell back to it, else the visitor\'s; anything else is said, once per call', async () => {
    const texts = { de: { acceptAll: 'Alle akzeptieren' } };
    const config = testConfig({ language: { default: 'ru', available: ['ru', 'de'], force: 'de' }, ui: { texts } });
    const { consent, records, fake } = page({ config });
    expect(consent.locale).toBe('de');
    // The widget's banner in English (German not complete), English not offered: the record says English.
    consent.acceptAll({ layer: 'banner', locale: 'en' });
    consent.withdraw({ locale: 'de' });
    consent.rejectAll({ layer: 'preferences', locale: 'ru' });
    consent.set({ analytics: true }, { locale: 42 as unknown as string });
    expect(records.map((r) => r.locale)).toEqual(['en', 'de', 'de', 'de']);
    await warnedExactly(fake, [
      'locale: got "ru"; expected "en" (the choice was shown in English) or the visitor\'s language, "de", which the record names.',
      'locale: got 42; expected "en" (the choice was shown in English) or the visitor\'s language, "de", which the record names.',
    ]);
    // The visitor's language is still theirs: the widget tries it again at each draw.
    expect(consent.locale).toBe('de');
  });
});

describe('an invalid config fails closed and never throws', () => {
  test('ok:false, every problem in ONE error, nothing but necessary, decisions refused', async () => {
    const config = testConfig() as unknown as Record<string, any>;
    config.cookie = { lifetimeDays: 400 };
    config.categories.analytics.services = ['ga'];
    const fake = fakeEnv();
    const store = memoryStore();
    const consent = createConsent(config as ConsentryConfig, { store, env: fake.env, now: fake.now });
    // Closed at once; what is wrong follows with its words, a lazy chunk for the app's bundler.
    expect(consent.ok).toBe(false);
    expect(consent.config).toBeNull();
    expect(consent.allowed('analytics')).toBe(false);
    expect(consent.issues).toEqual([]);
    expect(fake.errors).toEqual([]);
    // `ready` says it failed once the issues are in words: code that awaits it finds them.
    expect(await consent.ready).toBe(false);
    expect(consent.issues.map((i) => i.path).sort()).toEqual(['categories.analytics.services[0]', 'cookie.lifetimeDays']);
    expect(fake.errors).toHaveLength(1);
    expect(fake.errors[0]).toContain('config.cookie.lifetimeDays: got 400');
    expect(fake.errors[0]).toContain('config.categories.analytics.services[0]: got "ga"; expected a known service: one of "stats-tool", "ads-tool"');
    consent.acceptAll();
    consent.set({ analytics: true });
    expect(consent.allowed('necessary')).toBe(true);
    expect(consent.allowed('analytics')).toBe(false);
    expect(consent.allowedService('stats-tool')).toBe(false);
    expect(consent.state.decided).toBe(false);
    expect(store.value).toBeUndefined();
    await vi.waitFor(() => expect(fake.warnings.join('\n')).toContain('the config is invalid'));
  });

  test('a stored grant is not honoured under an invalid config', () => {
    const first = page();
    first.consent.acceptAll();
    const broken = testConfig() as unknown as Record<string, any>;
    broken.cookie = { lifetimeDays: 400 };
    const fake = fakeEnv();
    const consent = createConsent(broken as ConsentryConfig, { store: first.store, env: fake.env });
    expect(consent.allowed('analytics')).toBe(false);
  });

  test('when("necessary") still runs on a failed instance: the page keeps working', () => {
    const fake = fakeEnv();
    const consent = createConsent(null as unknown as ConsentryConfig, { env: fake.env });
    const fn = vi.fn();
    consent.when('necessary', fn);
    consent.when('analytics', fn);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  const throwingGetter = () => {
    const config = testConfig() as unknown as Record<string, unknown>;
    Object.defineProperty(config, 'cookie', { enumerable: true, get: () => { throw new Error('getter exploded'); } });
    return config;
  };
  const throwingProxy = () =>
    new Proxy(testConfig(), {
      ownKeys: () => {
        throw new Error('proxy exploded');
      },
    });

  test.each([
    ['null', () => null],
    ['undefined', () => undefined],
    ['a number', () => 42],
    ['a string', () => '{"policy":{}}'],
    ['an array', () => [testConfig()]],
    ['an empty object', () => ({})],
    ['a config whose getter throws', throwingGetter],
    ['a proxy that throws', throwingProxy],
  ])('%s', async (_name, make) => {
    const fake = fakeEnv();
    let consent: ReturnType<typeof createConsent> | undefined;
    expect(() => {
      consent = createConsent(make() as ConsentryConfig, { env: fake.env, store: memoryStore() });
    }).not.toThrow();
    expect(consent!.ok).toBe(false);
    expect(consent!.allowed('analytics')).toBe(false);
    expect(consent!.allowed('necessary')).toBe(true);
    await vi.dynamicImportSettled(); // the words of what is wrong
    expect(fake.errors).toHaveLength(1);
    expect(() => consent!.acceptAll()).not.toThrow();
  });

  test('garbage options never throw either', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const options of [null, 42, { plugins: 'gate' }, { plugins: [null] }, { env: null }]) {
      const consent = createConsent(testConfig(), options as unknown as ConsentOptions);
      expect(consent.allowed('analytics')).toBe(false);
      expect(consent.allowed('necessary')).toBe(true);
    }
    expect(error.mock.calls.every(([m]) => String(m).startsWith('[consentry] '))).toBe(true);
  });
});

test('set() with something other than an object warns and stores nothing, instead of throwing', () => {
  const warnings: string[] = [];
  const store = memoryStore();
  const consent = createConsent(testConfig(), { store, outbox: memoryOutbox(), env: { log: { error: () => {}, warn: (m) => warnings.push(m) } } });
  expect(() => consent.set(null as unknown as Record<string, boolean>, null as unknown as undefined)).not.toThrow();
  expect(store.value).toBeUndefined();
  expect(consent.state.decided).toBe(false);
  expect(warnings.join('\n')).toContain('set(): expected an object of categories');
});
