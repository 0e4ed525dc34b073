import { describe, expect, expectTypeOf, test, vi } from 'vitest';
import { createBinding, granted, type ConsentActions } from './binding';
import { storedChoice } from './testing/choices';
import { unstartedState } from '../core/choice';
import { readConsent } from '../core/read-consent';
import { testConfig } from '../core/testing/config-fixture';
import { fakeEnv } from '../core/testing/fake-env';
import type { Consent, ConsentOptions } from '../core/types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';

const mounted = vi.hoisted(() => ({ calls: [] as unknown[], destroyed: 0, shown: 0 }));
// Records mountUi's options and its teardown too, which fakeMountUi (for the framework tests) does not.
vi.mock('../ui/index', () => ({
  mountUi: (consent: { on(e: 'show', fn: () => void): () => void }, options: unknown) => {
    mounted.calls.push(options);
    const off = consent.on('show', () => void mounted.shown++);
    return { open() {}, destroy: () => (off(), mounted.destroyed++) };
  },
}));

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const granting = storedChoice({ analytics: true, marketing: false }, NOW);

function options(value?: string): ConsentOptions & { store: ReturnType<typeof memoryStore> } {
  return { store: memoryStore(value), outbox: memoryOutbox(), env: fakeEnv().env, now: () => NOW };
}

describe('the adapters’ binding', () => {
  // Checked by the typecheck: the README promises the adapters "the same calls" as the instance.
  test('its decisions take the options the instance’s take (rejectAll’s underAge too)', () => {
    expectTypeOf<Parameters<ConsentActions['acceptAll']>>().toEqualTypeOf<Parameters<Consent['acceptAll']>>();
    expectTypeOf<Parameters<ConsentActions['rejectAll']>>().toEqualTypeOf<Parameters<Consent['rejectAll']>>();
    expectTypeOf<Parameters<ConsentActions['set']>>().toEqualTypeOf<Parameters<Consent['set']>>();
    expectTypeOf<Parameters<ConsentActions['withdraw']>>().toEqualTypeOf<Parameters<Consent['withdraw']>>();
  });

  test('before start: the state from initialState, else nothing optional allowed; no instance', () => {
    const config = testConfig();
    expect(createBinding({ config }).getSnapshot()).toEqual({ state: unstartedState(false), consent: null });
    const given = { ...readConsent(`consentry=${granting}`, config, { now: () => NOW }), gpc: true };
    expect(given.categories.analytics).toBe(true);
    expect(createBinding({ config, initialState: given }).getServerSnapshot().state).toBe(given);
  });

  test('`cookie`, no longer read, is ignored and the console says what to pass instead', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const binding = createBinding({ config: testConfig(), ...({ cookie: `consentry=${granting}` } as object) });
    expect(granted(binding.getSnapshot().state, { category: 'analytics' })).toBe(false);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('pass initialState={readConsent(cookie, config)} on the server'));
    error.mockRestore();
  });

  test('start creates the instance and, once it has started, notifies and follows its changes; the server snapshot stays what the server rendered', async () => {
    const binding = createBinding({ config: testConfig(), options: options(), ui: false });
    const seen: boolean[] = [];
    binding.subscribe(() => seen.push(binding.getSnapshot().state.categories.analytics === true));
    const stop = binding.start();
    expect(binding.getSnapshot().consent).toBeNull(); // its checker is on its way (a lazy chunk)
    await vi.waitFor(() => expect(binding.getSnapshot().consent).not.toBeNull());
    await binding.actions.set({ analytics: true });
    expect(seen).toEqual([false, true]);
    expect(binding.getServerSnapshot().consent).toBeNull();
    expect(granted(binding.getServerSnapshot().state, { category: 'analytics' })).toBe(false);
    stop();
    await Promise.resolve(); // the teardown waits a microtask, for a start that follows at once
    expect(binding.getSnapshot().consent).toBeNull();
  });

  test('while the instance starts, renders keep the server’s state: a granted page never flips to refused and back', async () => {
    const initialState = readConsent(`consentry=${granting}`, testConfig(), { now: () => NOW });
    const binding = createBinding({ config: testConfig(), initialState, options: options(granting), ui: false });
    const seen: boolean[] = [];
    binding.subscribe(() => seen.push(binding.getSnapshot().state.categories.analytics === true));
    const stop = binding.start();
    expect(binding.getSnapshot().state).toBe(initialState);
    await vi.waitFor(() => expect(binding.getSnapshot().consent).not.toBeNull());
    expect(seen).toEqual([true]);
    stop();
  });

  test('an invalid config: once checked, the instance is there and refuses everything (fail closed)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const initialState = readConsent(`consentry=${granting}`, testConfig(), { now: () => NOW });
    const binding = createBinding({ config: { ...testConfig(), categories: {} }, initialState, options: options(granting), ui: false });
    const stop = binding.start();
    await vi.waitFor(() => expect(binding.getSnapshot().consent).not.toBeNull());
    expect(binding.getSnapshot().consent!.ok).toBe(false);
    expect(granted(binding.getSnapshot().state, { category: 'analytics' })).toBe(false);
    stop();
    error.mockRestore();
  });

  test('decisions asked before start run once it has, and settle once stored', async () => {
    const opts = options();
    const binding = createBinding({ config: testConfig(), options: opts, ui: false });
    const accepted = binding.actions.acceptAll();
    expect(opts.store.value).toBeUndefined();
    binding.start();
    await accepted;
    expect(opts.store.value).toMatch(/^2~/);
    expect(binding.getSnapshot().state.categories.marketing).toBe(true);
  });

  test('the widget is imported only on start, with mountUi’s options; openPreferences waits for it; stop destroys both', async () => {
    mounted.calls.length = 0;
    const binding = createBinding({ config: testConfig(), options: options(), ui: { open: 'none' } });
    binding.actions.openPreferences();
    expect(mounted.calls).toEqual([]);
    const stop = binding.start();
    await vi.waitFor(() => expect(mounted.shown).toBe(1));
    expect(mounted.calls).toEqual([{ open: 'none' }]);
    stop();
    await Promise.resolve();
    expect(mounted.destroyed).toBe(1);
  });

  test('ui: false never imports the widget', async () => {
    mounted.calls.length = 0;
    const stop = createBinding({ config: testConfig(), options: options(), ui: false }).start();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(mounted.calls).toEqual([]);
    stop();
  });

  test('granted: every one named must be; naming none grants nothing', () => {
    const state = { ...readConsent(undefined, testConfig()), categories: { necessary: true, analytics: true }, services: { 'stats-tool': false } };
    expect(granted(state, { category: 'analytics' })).toBe(true);
    expect(granted(state, { category: 'analytics', service: 'stats-tool' })).toBe(false);
    expect(granted(state, { service: 'stats-tool' })).toBe(false);
    expect(granted(state, { category: 'nope' })).toBe(false);
    expect(granted(state, {})).toBe(false);
  });
});
