/**
 * What the React and Vue adapters share: one consent instance for an app, created only in the
 * browser and only when the framework says the app is on the page (after hydration), with the
 * state a render uses until then (the server's). No consent logic here: the core decides, this
 * only holds its instance, caches its state between `change` events and loads the widget.
 */
import { has } from '../core/checks';
import { unstartedState } from '../core/choice';
import { createConsent } from '../core/create-consent';
import { consoleLogger, describeError } from '../core/log';
import type { Consent, ConsentOptions, ConsentState, ConsentryConfig, DecisionOptions, RejectOptions, SetOptions } from '../core/types';
import type { MountOptions, UiHandle } from '../ui/index';

/** What an app gives an adapter (`<ConsentProvider>` props, `app.use(consentry, …)` options). Read once. */
export interface ConsentSetup {
  /** The config, as for `createConsent`. */
  config: ConsentryConfig;
  /** Options, as for `createConsent` (`onRecord`, `plugins`…). */
  options?: ConsentOptions | undefined;
  /**
   * The state the server rendered with (`readConsent(cookie, config)` there), given to the browser
   * too, so its first render, the one that hydrates, is the same. Default: nothing optional
   * allowed, on the server and in the browser until the instance has started.
   */
  initialState?: ConsentState | undefined;
  /**
   * The widget (`consentry/ui`), loaded with `import()` once the instance has started in the
   * browser: `true`, or `mountUi`'s options. `false`: none (your own UI answers the `show` event).
   * Default `true`.
   */
  ui?: boolean | MountOptions | undefined;
}

/** What a render reads: the state, and the instance once it has started (`null` on the server and before). */
export interface Snapshot {
  readonly state: ConsentState;
  readonly consent: Consent | null;
}

/** The decisions and the way to the preferences, callable from the first render on. */
export interface ConsentActions {
  /** Like `consent.acceptAll()`; called before the instance has started, it runs once it has. Settles once stored. */
  acceptAll(options?: DecisionOptions): Promise<void>;
  /** `{ underAge: true }` records that the visitor said they are under age (a DPDP site's own button, say). */
  rejectAll(options?: RejectOptions): Promise<void>;
  set(categories: Record<string, boolean>, options?: SetOptions): Promise<void>;
  withdraw(options?: DecisionOptions): Promise<void>;
  /** Opens the preferences dialog (`consent.showPreferences()`), once the widget has loaded. */
  openPreferences(): void;
}

export interface Binding {
  readonly actions: ConsentActions;
  getSnapshot(): Snapshot;
  /** What the server rendered with: what hydration must render too. */
  getServerSnapshot(): Snapshot;
  subscribe(listener: () => void): () => void;
  /** In the browser, once the app is on the page: creates the instance, then loads the widget. Returns the teardown. */
  start(): () => void;
}

/** `true` when every one named is granted; naming none grants nothing (fail closed). */
export function granted(state: ConsentState, which: { category?: string | undefined; service?: string | undefined }): boolean {
  const { category, service } = which;
  if (category === undefined && service === undefined) return false;
  return (category === undefined || state.categories[category] === true) && (service === undefined || state.services[service] === true);
}

/**
 * useConsent()'s allowed() and allowedService(): the render's state answers. A name it does not
 * list (a typo, or the server's state before the instance started) goes to the instance, whose
 * check says a typo once per name (kernel.ts), after the render: it re-reads the cookie, which may
 * emit a change, and a store must not change while a component renders.
 */
export function allows({ state, consent }: Snapshot, method: 'allowed' | 'allowedService', name: string): boolean {
  const known = state[method == 'allowed' ? 'categories' : 'services'];
  if (consent && !has(known, name)) queueMicrotask(() => consent[method](name));
  return known[name] === true;
}

export function createBinding(setup: ConsentSetup): Binding {
  // Removed (the checker it needed weighed 3.3 KB in every app): the server's state is `initialState`.
  if ('cookie' in setup) consoleLogger.error('`cookie` is no longer read: pass initialState={readConsent(cookie, config)} on the server, and the same state in the browser.');
  const initial: Snapshot = { state: setup.initialState ?? unstartedState(false), consent: null };
  let snapshot = initial;
  let uiReady: Promise<unknown> = Promise.resolve();
  /** Imported once, however often the app starts (React's StrictMode starts it twice). */
  let widget: Promise<typeof import('../ui/index')> | undefined;
  const listeners = new Set<() => void>();
  /** Calls made before the instance started (a child's effect runs before its provider's). */
  const waiting: Array<(consent: Consent) => void> = [];
  /** The instance's teardown, and whether it is under way. */
  let running: { closing: boolean; stop: () => void } | undefined;

  const update = (state: ConsentState, consent: Consent | null) => {
    snapshot = { state, consent };
    for (const listener of [...listeners]) listener();
  };
  const withConsent = <T>(fn: (consent: Consent) => T | PromiseLike<T>): Promise<T> => {
    const current = snapshot.consent;
    return current ? Promise.resolve(fn(current)) : new Promise<T>((resolve) => waiting.push((c) => resolve(fn(c))));
  };

  return {
    actions: {
      acceptAll: (options) => withConsent((c) => c.acceptAll(options)),
      rejectAll: (options) => withConsent((c) => c.rejectAll(options)),
      set: (categories, options) => withConsent((c) => c.set(categories, options)),
      withdraw: (options) => withConsent((c) => c.withdraw(options)),
      openPreferences: () => void withConsent((c) => uiReady.then(() => c.showPreferences())),
    },
    getSnapshot: () => snapshot,
    getServerSnapshot: () => initial,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    start() {
      // Stopped and started again in one go (React's StrictMode does it on every mount): the same
      // instance goes on. A second one would run its plugins' setup again: gtag.js added twice,
      // two page views.
      if (running?.closing) {
        running.closing = false;
        return running.stop;
      }
      // The checker is a lazy chunk, as for createConsent: until the instance has started, renders
      // keep the state they had (the server's), not the instance's 'nothing allowed yet'.
      const consent = createConsent(setup.config, setup.options);
      let stopped = false;
      let started = false;
      let ui: UiHandle | undefined;
      const off = consent.on('change', ({ state }) => started && update(state, consent));
      const begin = () => {
        if (stopped || started) return;
        started = true;
        update(consent.state, consent);
        const mount = setup.ui ?? true;
        // Loaded only now: a server never reaches it, and an app without the widget never downloads it.
        uiReady =
          mount === false
            ? Promise.resolve()
            : (widget ??= import('../ui/index')).then(
                ({ mountUi }) => void (stopped || (ui = mountUi(consent, mount === true ? {} : mount))),
                (error: unknown) => {
                  widget = undefined; // the next start tries again
                  consoleLogger.error(`the widget could not be loaded: ${describeError(error)}`);
                },
              );
        for (const run of waiting.splice(0)) run(consent);
      };
      // Kept from an earlier page: started already. Else once checked (or failed closed).
      if (consent.config) begin();
      else void consent.ready.then(begin);
      const session = {
        closing: false,
        // Put off to a microtask, for a start that follows at once (above).
        stop: () => {
          session.closing = true;
          queueMicrotask(() => {
            if (!session.closing) return;
            running = undefined;
            stopped = true;
            off();
            ui?.destroy();
            consent.destroy();
            // Calls made after this wait for the next start.
            if (snapshot.consent === consent) snapshot = { state: snapshot.state, consent: null };
          });
        },
      };
      running = session;
      return session.stop;
    },
  };
}
