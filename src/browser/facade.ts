import { unstartedState } from '../core/choice';
import type { Say } from '../core/messages';
import type { ConfigIssue, Consent, ConsentEvents, ConsentState } from '../core/types';
import type { ResolvedConfig } from '../core/resolved-config';
import type { Plan } from './plan';

/** `window.consentry` from the first line, whatever the core chunk's fate; the instance it stands for once that is here. */
export interface Facade {
  readonly consent: Consent;
  /** The core's instance: from now on every call is its. */
  adopt(real: Consent): void;
  /** Nothing will start (no config, or the core could not load): everything optional stays refused. */
  fail(issues: ConfigIssue[]): void;
  /** The core could not load for a page its plan runs: what waits for it settles, doing nothing; the next call tries again. */
  lost(): void;
  /**
   * A first visit's config is checked, before the core is here (its banner shows without it):
   * `config`, `locale` and `state` (what the instance would start with) answer from it, and
   * `ready` is `true`. `false`, changing nothing, once the instance is here (it checks the config
   * itself) or the page destroyed or failed it: then nothing is to be drawn.
   */
  checked(config: ResolvedConfig, locale: string, state: ConsentState): boolean;
}

type Listener = (...args: never[]) => void;

/**
 * The public instance of a script-tag page, in the boot file. Until the core chunk is here it
 * answers from the plan the boot applied (a returning visit: everything refused on a first one),
 * keeps listeners, and hands any action to the core, fetched for it (`core`). `current` says
 * whether the plan still holds (the cookie unchanged, the choice not expired): else, failing
 * closed, nothing is allowed until the core has read the new choice.
 */
export function facade(plan: Plan | undefined, config: ResolvedConfig | null, gpc: boolean, current: () => boolean, core: () => void, say: Say, stop: () => void): Facade {
  let real: Consent | undefined;
  let failed = false;
  let issues: ConfigIssue[] = [];
  let destroyed = false;
  let locale = plan ? plan.locale : 'en';
  let settle: (ok: boolean | Promise<boolean>) => void;
  const ready = new Promise<boolean>((done) => (settle = done));
  if (plan) settle!(true);
  let kept: Array<[keyof ConsentEvents, Listener]> = [];
  let arrive: (real: Consent | undefined) => void;
  let arrival: Promise<Consent | undefined>;
  const awaitCore = () => (arrival = new Promise((done) => (arrive = done)));
  awaitCore();
  let unstarted = unstartedState(gpc);
  /** An action: the instance's, once the core is here (fetched for it). */
  const act =
    <K extends 'acceptAll' | 'rejectAll' | 'set' | 'withdraw' | 'flush'>(method: K) =>
    (...args: Parameters<Consent[K]>): Promise<void> => {
      if (real) return (real[method] as (...a: unknown[]) => Promise<void>)(...args);
      if (failed) say('warn', 'invalidRefuse');
      // A plan is not used while records wait to be sent (boot.ts): a flush there has nothing to do, and fetches no core.
      if (failed || destroyed || (plan && method == 'flush')) return Promise.resolve();
      core();
      return arrival.then((r) => (r as unknown as Record<K, (...a: unknown[]) => Promise<void>> | undefined)?.[method](...args));
    };
  const later =
    <K extends 'setLocale' | 'showPreferences'>(method: K) =>
    (...args: Parameters<Consent[K]>): void => {
      const call = (r: Consent) => (r[method] as (...a: unknown[]) => void)(...args);
      if (real) return call(real);
      if (failed || destroyed) return; // nothing to show or to switch
      core();
      // Once the instance has started: before, it has no widget to show and no languages to match.
      void arrival.then((r) => r?.ready.then((ok) => ok && call(r)));
    };
  const consent: Consent = {
    get ok() {
      return real ? real.ok : !failed;
    },
    get issues() {
      return real ? real.issues : issues;
    },
    get config() {
      return real ? real.config : config;
    },
    ready,
    get state(): ConsentState {
      return real ? real.state : plan && !failed && current() ? plan.state : unstarted;
    },
    get locale() {
      return real ? real.locale : locale;
    },
    // The instance's once it is here: it says when a name is not a category of the config.
    allowed: (category) => (real ? real.allowed(category) : consent.state.categories[category] === true),
    allowedService: (service) => consent.state.services[service] === true,
    acceptAll: act('acceptAll'),
    rejectAll: act('rejectAll'),
    set: act('set'),
    withdraw: act('withdraw'),
    flush: act('flush'),
    setLocale: later('setLocale'),
    showPreferences: later('showPreferences'),
    on(event, listener) {
      if (real) return real.on(event, listener);
      kept.push([event, listener as Listener]);
      // As the instance's (a set of listeners per event): a listener added twice is there once, and
      // any of its removers takes it away, before the hand-over or after (adding it and removing it
      // there is that instance's delete).
      return () => {
        if (real) real.on(event, listener)();
        else kept = kept.filter((entry) => entry[0] != event || entry[1] != listener);
      };
    },
    when(category, fn) {
      if (real) return real.when(category, fn);
      let done = false;
      // On the state allowed() reads (`done` looked at after it, as the instance's when() does), not
      // on a change's: that is a plain object, where `categories.toString` is a (truthy) function,
      // so `when('toString')` ran at the first change.
      const run = () => {
        if (!consent.allowed(category) || done) return;
        done = true;
        off();
        try {
          fn();
        } catch (error) {
          say('error', 'threw', 'when', error, category);
        }
      };
      const off = consent.on('change', run);
      run();
      return off;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      settle(false); // not started (a first visit's check, the core) and now never will be; else settled already
      kept = [];
      stop(); // what the boot file runs for the plan
      real?.destroy();
    },
  };
  return {
    consent,
    adopt(instance) {
      if (real || failed) return;
      real = instance;
      for (const [event, listener] of kept) instance.on(event, listener as never);
      if (destroyed) instance.destroy();
      settle(instance.ready);
      arrive(instance);
    },
    fail(found) {
      if (real || failed) return;
      failed = true;
      issues = found;
      settle(false);
      arrive(undefined);
    },
    checked(checkedConfig, checkedLocale, state) {
      if (real || failed || destroyed) return false;
      config = checkedConfig;
      locale = checkedLocale;
      unstarted = state;
      settle(true);
      return true;
    },
    lost() {
      arrive(undefined);
      awaitCore();
    },
  };
}
