import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { checkedConfig } from './checked-config';
import { createConsent as createPublicConsent, keptOrChecked } from './create-consent';
import { keptConfigKey } from './kept-config';
import type { CheckConfig } from './start-consent';
import { startConsent } from './start-consent';
import { testConfig } from './testing/config-fixture';
import { createConsent } from './testing/create-consent';
import { fakeEnv } from './testing/fake-env';
import { russianConfig } from './testing/law-configs';
import type { ConsentryConfig } from './types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';

/** localStorage as a browser has it, empty for each test. */
function fakeLocalStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
  };
}

/** A cookie value that grants everything, as a decision writes it. */
async function grantedCookie(config: ConsentryConfig): Promise<string> {
  const store = memoryStore();
  const fake = fakeEnv();
  await createConsent(config, { store, outbox: memoryOutbox(), env: fake.env, now: fake.now }).acceptAll();
  return store.value!;
}

/** An npm page whose checker is fetched on demand (as `createConsent`'s import()), counted. */
function lazyPage(config: ConsentryConfig, cookie?: string, loadCheck = vi.fn(() => Promise.resolve<CheckConfig>(checkedConfig))) {
  const fake = fakeEnv();
  const consent = startConsent(config, { store: memoryStore(cookie), outbox: memoryOutbox(), env: fake.env, now: fake.now }, { loadDecisions: () => new Promise(() => {}) }, keptOrChecked(config, loadCheck));
  return { consent, fake, loadCheck };
}

const written = () => new Promise((done) => setTimeout(done)); // the kept config is written in a task of its own

let storage: ReturnType<typeof fakeLocalStorage>;
beforeEach(() => {
  storage = fakeLocalStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(async () => {
  await written(); // a page's kept config lands in its own test's storage
  vi.unstubAllGlobals();
});

describe('a config this browser has not checked: the checker is fetched first', () => {
  test('until it has run nothing optional is allowed; then a stored grant holds, and listeners added at once hear of it', async () => {
    const config = testConfig();
    const { consent, loadCheck } = lazyPage(config, await grantedCookie(config));
    const heard = vi.fn();
    consent.when('analytics', heard);
    expect([consent.ok, consent.config, consent.allowed('analytics'), heard.mock.calls.length]).toEqual([true, null, false, 0]);
    expect(await consent.ready).toBe(true);
    expect([consent.allowed('analytics'), heard.mock.calls.length, loadCheck.mock.calls.length]).toEqual([true, 1, 1]);
    expect(consent.config!.source).toBe(config);
  });

  test('the public createConsent fetches it with import(), and decisions wait for the start', async () => {
    const store = memoryStore();
    const consent = createPublicConsent(testConfig(), { store, outbox: memoryOutbox(), env: fakeEnv().env });
    expect(consent.config).toBeNull();
    await consent.acceptAll();
    expect([consent.config !== null, consent.allowed('analytics'), store.value?.startsWith('2~')]).toEqual([true, true, true]);
  });

  test('an invalid config fails closed once checked, is never kept, and says why', async () => {
    const bad = { ...testConfig(), cookie: { name: 'bad name;' } } as ConsentryConfig;
    const { consent, fake } = lazyPage(bad);
    expect(await consent.ready).toBe(false);
    await vi.dynamicImportSettled();
    expect([consent.ok, consent.config, consent.issues.map((i) => i.path)]).toEqual([false, null, ['cookie.name']]);
    expect(fake.errors[0]).toMatch(/cookie\.name/);
    await written();
    expect(storage.items.get('consentry.configs') ?? '').not.toContain('bad name;');
  });

  test('destroyed before the checker ran: `ready` settles false and nothing starts', async () => {
    const setup = vi.fn();
    const config = testConfig();
    const consent = startConsent(config, { store: memoryStore(), env: fakeEnv().env, plugins: [{ name: 'p', setup }] }, {}, keptOrChecked(config, () => Promise.resolve(checkedConfig)));
    consent.destroy();
    expect(await consent.ready).toBe(false);
    expect([consent.ok, consent.config, setup.mock.calls.length]).toEqual([true, null, 0]);
  });

  test('a checker that cannot load: fail closed, and the console says so', async () => {
    const { consent, fake } = lazyPage(testConfig(), undefined, vi.fn(() => Promise.reject(new Error('offline'))));
    expect(await consent.ready).toBe(false);
    expect(consent.ok).toBe(false);
    expect(consent.issues[0]!.expected).toMatch(/checker could not load \(Error: offline\)/);
    expect(fake.errors).toEqual([expect.stringMatching(/^could not start, so nothing optional will run \(failing closed\): the config's checker could not load/)]);
  });
});

describe('a config this browser has checked: it starts at once, without the checker', () => {
  test('the second page starts in the same task, with the same config, and never fetches the checker', async () => {
    const config = testConfig();
    const first = lazyPage(config);
    await first.consent.ready;
    await written();
    const cookie = await grantedCookie(config);
    const second = lazyPage(testConfig(), cookie);
    expect([second.consent.config !== null, second.consent.allowed('analytics'), second.loadCheck.mock.calls.length]).toEqual([true, true, 0]);
    expect(second.consent.config).toEqual({ ...first.consent.config, source: second.consent.config!.source });
    expect(await second.consent.ready).toBe(true);
  });

  test('a changed config, or the same one with other plugin services, is checked again', async () => {
    await lazyPage(testConfig()).consent.ready;
    await written();
    const changed = lazyPage(testConfig({ policy: { ...testConfig().policy, revision: '2' } }));
    expect(changed.loadCheck).toHaveBeenCalledTimes(1);
    const fake = fakeEnv();
    const withPlugin = startConsent(testConfig(), { env: fake.env, store: memoryStore(), plugins: [{ name: 'x', services: { extra: { name: 'Extra', purpose: { en: 'x' } } } as never, setup() {} }] }, {}, keptOrChecked(testConfig(), () => Promise.resolve(checkedConfig)));
    expect(withPlugin.config).toBeNull();
  });

  test('its laws\' warnings are told again on every page, as a checked config\'s are', async () => {
    const config = russianConfig();
    (config.policy.operator as { address?: unknown }).address = { notStated: true };
    const first = lazyPage(config);
    await first.consent.ready;
    await vi.dynamicImportSettled();
    await written();
    const second = lazyPage(config);
    expect(second.consent.config).not.toBeNull();
    await vi.dynamicImportSettled();
    expect(first.fake.warnings.length).toBe(1);
    expect(second.fake.warnings).toEqual(first.fake.warnings);
  });

  test('unreadable storage, or none: checked on every page, and nothing breaks', async () => {
    storage.setItem('consentry.configs', '{not json');
    const page = lazyPage(testConfig());
    expect(await page.consent.ready).toBe(true);
    vi.stubGlobal('localStorage', undefined);
    const again = lazyPage(testConfig());
    expect(await again.consent.ready).toBe(true);
    expect(again.loadCheck).toHaveBeenCalledTimes(1);
  });
});

describe('keptConfigKey', () => {
  test('the same JSON gives the same key; the version is in it', () => {
    expect(keptConfigKey(testConfig(), {})).toBe(keptConfigKey(testConfig(), {}));
    expect(keptConfigKey(testConfig(), {})).toMatch(/^\d+\.\d+\.\d+\n/);
    expect(keptConfigKey(testConfig(), {})).not.toBe(keptConfigKey(testConfig(), { x: { name: 'X' } }));
  });

  test.each([
    ['a function', { onRecord: () => {} }],
    ['undefined', { ui: undefined }],
    ['NaN', { cookie: { maxAgeDays: NaN } }],
    ['a Date', { policy: { updated: new Date(0) } }],
    ['a Map', { categories: new Map() }],
  ])('a config with %s has no key: JSON would not carry it whole', (_, extra) => {
    expect(keptConfigKey({ ...testConfig(), ...extra }, {})).toBeUndefined();
  });

  test('a getter that throws gives no key, never a throw', () => {
    const hostile = Object.defineProperty({ ...testConfig() }, 'cookie', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(keptConfigKey(hostile, {})).toBeUndefined();
  });
});

describe("integrations' options are checked with the config", () => {
  /** A plugin that brings Google's options, as `google()` does, and counts what it hears. */
  function withGoogle(options: unknown) {
    const heard: Array<unknown[] | undefined> = [];
    const setup = vi.fn();
    const plugin = { name: 'google', integration: { key: 'google' as const, options, checked: (f?: readonly unknown[]) => void heard.push(f && [...f]) }, setup };
    return { plugin, heard, setup };
  }
  const page = (options: unknown, loadCheck = vi.fn(() => Promise.resolve<CheckConfig>(checkedConfig)), config: ConsentryConfig = testConfig()) => {
    const google = withGoogle(options);
    const consent = startConsent(config, { store: memoryStore(), outbox: memoryOutbox(), env: fakeEnv().env, plugins: [google.plugin] }, {}, keptOrChecked(config, loadCheck));
    return { consent, loadCheck, ...google };
  };

  test('valid: the plugin hears nothing wrong before its setup, and the next page starts at once, telling it the same', async () => {
    const first = page({ measurementId: 'G-ABC123', signals: { analytics_storage: 'analytics' } });
    await first.consent.ready;
    expect([first.heard, first.setup.mock.calls.length]).toEqual([[[]], 1]);
    await written();
    const second = page({ measurementId: 'G-ABC123', signals: { analytics_storage: 'analytics' } });
    expect([second.loadCheck.mock.calls.length, second.heard, second.setup.mock.calls.length]).toEqual([0, [[]], 1]);
  });

  test('wrong, or naming a category the config lacks: the plugin hears why, the config still starts, and nothing is kept', async () => {
    const wrong = page({ measurementId: 'x' });
    expect(await wrong.consent.ready).toBe(true);
    expect(wrong.heard).toEqual([[expect.objectContaining({ path: ['measurementId'], code: 'ga4' })]]);
    const unknownCategory = page({ measurementId: 'G-ABC123', signals: { analytics_storage: 'stats' } });
    await unknownCategory.consent.ready;
    expect(unknownCategory.heard[0]).toEqual([expect.objectContaining({ path: ['signals', 'analytics_storage'], code: 'signal' })]);
    await written();
    const again = page({ measurementId: 'x' });
    expect(again.loadCheck).toHaveBeenCalledTimes(1);
  });

  test('the config wrong, or its checker not loaded: the plugin hears no findings (nothing starts, so it fails closed), and no setup', async () => {
    const config = testConfig();
    delete (config.categories as Record<string, unknown>).necessary;
    const wrong = page({ measurementId: 'G-ABC123' }, undefined, config);
    expect(await wrong.consent.ready).toBe(false);
    expect([wrong.heard, wrong.setup.mock.calls.length]).toEqual([[undefined], 0]);
    const unloaded = page({ measurementId: 'G-ABC123' }, vi.fn(() => Promise.reject(new Error('offline'))));
    expect(await unloaded.consent.ready).toBe(false);
    expect([unloaded.heard, unloaded.setup.mock.calls.length]).toEqual([[undefined], 0]);
  });

  test('other options than the kept ones are checked again', async () => {
    await page({ measurementId: 'G-ABC123' }).consent.ready;
    await written();
    expect(page({ measurementId: 'G-ABC123' }).loadCheck).toHaveBeenCalledTimes(0);
    expect(page({ measurementId: 'G-XYZ789' }).loadCheck).toHaveBeenCalledTimes(1);
  });
});
