import { describe, expect, it, vi } from 'vitest';
import type { Consent, ConsentState } from '../core/types';
import { unstartedState } from '../core/choice';
import { facade } from './facade';
import type { Plan } from './plan';

const granted: ConsentState = { decided: true, categories: { necessary: true, analytics: true, marketing: false }, services: { 'google-analytics': true }, consentId: 'id', revision: '1', updatedAt: 1, gpc: false };
const plan = { state: granted, locale: 'ru', memo: { config: {} } } as unknown as Plan;

/** A started instance, as the core hands it over: records what is asked of it. Its state is the last change's, as the instance's is when it emits one. */
function instance(initial: ConsentState) {
  let state = initial;
  const listeners = new Set<(e: unknown) => void>();
  const calls: string[] = [];
  const real = {
    ok: true,
    issues: [],
    config: null,
    ready: Promise.resolve(true),
    get state() {
      return state;
    },
    locale: 'en',
    allowed: (c: string) => state.categories[c] === true,
    on: (_: string, l: (e: unknown) => void) => (listeners.add(l), () => void listeners.delete(l)),
    when: () => () => {},
    acceptAll: async () => void calls.push('acceptAll'),
    showPreferences: () => void calls.push('showPreferences'),
    destroy: () => void calls.push('destroy'),
  } as unknown as Consent;
  const emit = (e: unknown) => {
    state = (e as { state?: ConsentState }).state ?? state;
    listeners.forEach((l) => l(e));
  };
  return { real, calls, emit };
}

describe('the facade (window.consentry before the core is here)', () => {
  it("answers from the plan while it holds, and refuses everything once it does not (the boot fetches the core then)", async () => {
    let holds = true;
    const core = vi.fn();
    const { consent } = facade(plan, null, false, () => holds, core, vi.fn(), vi.fn());
    expect(await consent.ready).toBe(true);
    expect(consent.allowed('analytics')).toBe(true);
    expect(consent.allowedService('google-analytics')).toBe(true);
    expect(consent.locale).toBe('ru');
    expect(core).not.toHaveBeenCalled();
    holds = false; // another tab withdrew: fail closed until the core has read the cookie
    expect(consent.allowed('analytics')).toBe(false);
    expect(consent.state.decided).toBe(false);
  });

  it('hands listeners to the instance, and a listener removed before or after still goes', () => {
    const { consent, adopt } = facade(plan, null, false, () => true, vi.fn(), vi.fn(), vi.fn());
    const kept = vi.fn();
    const removedBefore = vi.fn();
    const removedAfter = vi.fn();
    consent.on('change', kept);
    consent.on('change', removedBefore)();
    const off = consent.on('change', removedAfter);
    const { real, emit } = instance(granted);
    adopt(real);
    off();
    emit({ state: granted });
    expect(kept).toHaveBeenCalledTimes(1);
    expect(removedBefore).not.toHaveBeenCalled();
    expect(removedAfter).not.toHaveBeenCalled();
  });

  it("removing a listener twice before the instance is here removes nothing else (a when() cancelled after it ran, a React effect's second clean-up)", () => {
    const { consent, adopt } = facade(plan, null, false, () => true, vi.fn(), vi.fn(), vi.fn());
    const kept = vi.fn();
    consent.on('change', kept);
    const off = consent.on('change', vi.fn());
    off();
    off();
    consent.when('analytics', vi.fn())(); // granted: it ran at once, and its listener went then
    const { real, emit } = instance(granted);
    adopt(real);
    emit({ state: granted });
    expect(kept).toHaveBeenCalledTimes(1);
  });

  // The instance keeps a set of listeners per event (kernel.ts on): a listener added twice is there
  // once, and any of its removers takes it away.
  it('a listener added twice and removed once, before the instance is here, is gone after it, as on the instance itself', () => {
    const steps = (on: Consent['on']) => {
      const heard = vi.fn();
      const first = on('change', heard);
      on('change', heard);
      first();
      const again = vi.fn(); // removed by its first remover after it was added again
      const firstAgain = on('change', again);
      firstAgain();
      on('change', again);
      on('change', vi.fn()); // another listener: removing these removes nothing else
      return { heard, again, firstAgain };
    };
    const direct = instance(granted);
    const onInstance = steps(direct.real.on);
    const { consent, adopt } = facade(plan, null, false, () => true, vi.fn(), vi.fn(), vi.fn());
    const viaFacade = steps(consent.on);
    const handed = instance(granted);
    adopt(handed.real);
    onInstance.firstAgain();
    viaFacade.firstAgain();
    direct.emit({ state: granted });
    handed.emit({ state: granted });
    const calls = ({ heard, again }: typeof onInstance) => [heard.mock.calls.length, again.mock.calls.length];
    expect(calls(viaFacade)).toEqual(calls(onInstance));
    expect(calls(onInstance)).toEqual([0, 0]);
  });

  it('runs when() at once for a granted category, later for one granted by a change', () => {
    const { consent, adopt } = facade(plan, null, false, () => true, vi.fn(), vi.fn(), vi.fn());
    const now = vi.fn();
    const later = vi.fn();
    consent.when('analytics', now);
    consent.when('marketing', later);
    expect(now).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();
    const { real, emit } = instance(granted);
    adopt(real);
    emit({ state: { ...granted, categories: { ...granted.categories, marketing: true } } });
    emit({ state: { ...granted, categories: { ...granted.categories, marketing: true } } });
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('never runs when() for a name that is a built-in object property (a change\'s state is a plain object)', () => {
    const { consent, adopt } = facade(plan, null, false, () => true, vi.fn(), vi.fn(), vi.fn());
    const fn = vi.fn();
    consent.when('toString', fn);
    consent.when('constructor', fn);
    const { real, emit } = instance(granted);
    adopt(real);
    emit({ state: granted });
    expect(fn).not.toHaveBeenCalled();
  });

  it("asks allowed() of the instance once it is here: the instance says when a name is not a category of the config", () => {
    const { consent, adopt } = facade(plan, null, false, () => true, vi.fn(), vi.fn(), vi.fn());
    expect(consent.allowed('analytics')).toBe(true); // from the plan
    const { real } = instance(granted);
    const allowed = vi.spyOn(real, 'allowed');
    adopt(real);
    expect([consent.allowed('analytic'), consent.allowed('analytics')]).toEqual([false, true]);
    expect(allowed.mock.calls).toEqual([['analytic'], ['analytics']]);
  });

  it('fetches the core for an action and settles once the instance has done it', async () => {
    const core = vi.fn();
    const { consent, adopt } = facade(plan, null, false, () => true, core, vi.fn(), vi.fn());
    const accepted = consent.acceptAll();
    consent.showPreferences();
    expect(core).toHaveBeenCalled();
    const { real, calls } = instance(granted);
    adopt(real);
    await accepted;
    expect(calls.sort()).toEqual(['acceptAll', 'showPreferences']);
    expect(consent.ok).toBe(true);
    expect(consent.locale).toBe('en'); // the instance's from now on
  });

  it("flush() on a plan's page fetches no core: nothing waits to be sent there (a page that sends records has no plan while some wait), as an instance with nothing queued", async () => {
    const core = vi.fn();
    const { consent } = facade(plan, null, false, () => true, core, vi.fn(), vi.fn());
    const flushed = consent.flush();
    expect(core).not.toHaveBeenCalled();
    expect(await flushed).toBeUndefined();
  });

  it('fails closed: ok is false, ready is false, actions store nothing and say why', async () => {
    const say = vi.fn();
    const { consent, fail } = facade(undefined, null, true, () => false, vi.fn(), say, vi.fn());
    expect(consent.state).toMatchObject({ decided: false, categories: { necessary: true }, gpc: true });
    fail([{ path: 'config', value: 'missing', expected: 'a config' }]);
    expect(consent.ok).toBe(false);
    expect(await consent.ready).toBe(false);
    expect(consent.issues).toHaveLength(1);
    await consent.acceptAll();
    expect(say).toHaveBeenCalledWith('warn', 'invalidRefuse');
  });

  it("a first visit's banner before the core: ready once the config is checked, config and locale from it, nothing allowed, actions wait for the core", async () => {
    const core = vi.fn();
    const { consent, checked, adopt } = facade(undefined, null, false, () => false, core, vi.fn(), vi.fn());
    let ready: boolean | undefined;
    void consent.ready.then((r) => (ready = r));
    await Promise.resolve();
    expect(ready).toBeUndefined(); // not before the check
    const config = { cookie: { name: 'consentry' } } as unknown as NonNullable<Consent['config']>;
    const starting: ConsentState = { decided: false, categories: { necessary: true, analytics: false }, services: { payments: true }, consentId: null, revision: null, updatedAt: null, gpc: false };
    expect(checked(config, 'ru', starting)).toBe(true);
    expect(await consent.ready).toBe(true);
    expect([consent.config, consent.locale, consent.ok, consent.allowed('analytics'), consent.allowedService('payments'), consent.state]).toEqual([config, 'ru', true, false, true, starting]);
    const accepted = consent.acceptAll();
    expect(core).toHaveBeenCalledTimes(1);
    const { real, calls } = instance(granted);
    adopt(real);
    await accepted;
    expect(calls).toEqual(['acceptAll']);
    expect(await consent.ready).toBe(true); // settled once
    expect(checked(config, 'en', starting)).toBe(false); // the instance is here: nothing for the banner's start to draw
  });

  it('a first visit destroyed before its config is checked: checked() changes nothing and says there is nothing to draw', async () => {
    const { consent, checked } = facade(undefined, null, false, () => false, vi.fn(), vi.fn(), vi.fn());
    consent.destroy();
    const config = { cookie: { name: 'consentry' } } as unknown as NonNullable<Consent['config']>;
    expect(checked(config, 'ru', unstartedState(false))).toBe(false);
    expect([consent.config, consent.locale]).toEqual([null, 'en']);
  });

  it('destroyed before its config is checked (a first visit) or the core is here: ready settles false, as an instance destroyed before it started', async () => {
    const { consent, checked } = facade(undefined, null, false, () => false, vi.fn(), vi.fn(), vi.fn());
    consent.destroy();
    checked({ cookie: { name: 'consentry' } } as unknown as NonNullable<Consent['config']>, 'en', unstartedState(false));
    expect(await Promise.race([consent.ready, new Promise((later) => setTimeout(later, 50, 'never settled'))])).toBe(false);
  });

  it("the core could not load on a plan's page: what waited settles, the plan still answers, and the next call waits for the next try", async () => {
    const core = vi.fn();
    const { consent, adopt, lost } = facade(plan, null, false, () => true, core, vi.fn(), vi.fn());
    const first = consent.acceptAll();
    lost();
    await first; // settled, nothing done
    expect(consent.ok).toBe(true);
    expect(consent.allowed('analytics')).toBe(true);
    const second = consent.acceptAll();
    expect(core).toHaveBeenCalledTimes(2);
    const { real, calls } = instance(granted);
    adopt(real);
    await second;
    expect(calls).toEqual(['acceptAll']); // the second call, not the first
  });

  it('destroyed before the core is here: what the boot file runs for the plan stops, and the instance is destroyed as it arrives', () => {
    const stop = vi.fn();
    const { consent, adopt } = facade(plan, null, false, () => true, vi.fn(), vi.fn(), stop);
    consent.destroy();
    expect(stop).toHaveBeenCalledTimes(1);
    const { real, calls } = instance(granted);
    adopt(real);
    expect(calls).toEqual(['destroy']);
  });

  it("a language the page switches to before the core is here reaches the instance once it has started, and then at once", async () => {
    const { consent, adopt } = facade(plan, null, false, () => true, vi.fn(), vi.fn(), vi.fn());
    consent.setLocale('ru');
    const { real } = instance(granted);
    const switched: string[] = [];
    Object.assign(real, { setLocale: (tag: string) => switched.push(tag) });
    adopt(real);
    await vi.waitFor(() => expect(switched).toEqual(['ru']));
    consent.setLocale('en');
    expect(switched).toEqual(['ru', 'en']);
  });
});
