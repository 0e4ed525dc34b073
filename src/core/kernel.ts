import { has } from './checks';
import { gpcToRecord, stateFrom, unstartedState } from './choice';
import type { StoredChoice } from './choice-format';
import { decodeChoice } from './choice-format';
import type { Environment } from './environment';
import { matchLocale, resolveLocale } from './locale';
import type { Say, Thrower } from './messages';
import type { ResolvedConfig } from './resolved-config';
import { shownLanguage } from './shown-language';
import type {
  ConfigIssue,
  Consent,
  ConsentEvents,
  ConsentOptions,
  ConsentPlugin,
  ConsentRecord,
  ConsentState,
  DecisionOptions,
  RecordAction,
  RejectOptions,
  SetOptions,
} from './types';

/** A part that is either here (npm: imported) or fetched when first needed (script tag: a chunk). */
export type Lazy<T> = () => T | PromiseLike<T>;

/** What the instance itself needs of the browser: the rest is for decisions (see `Kernel.env`). */
export type KernelEnv = Pick<Environment, 'gpc' | 'listen' | 'documentLang' | 'browserLanguages'> & Partial<Environment>;

/** What a decision needs from the instance: handed to the decisions part, never public. */
export interface Kernel {
  readonly consent: Consent;
  readonly config: ResolvedConfig;
  /** What the instance was given; the decisions part fills the rest from the real browser. */
  readonly env: KernelEnv;
  readonly options: ConsentOptions;
  readonly say: Say;
  /** GPC is present and honoured on this page. */
  readonly gpc: boolean;
  now(): number;
  locale(): string;
  /** The stored choice, re-read from the cookie (another tab may have changed it). */
  stored(): StoredChoice | null;
  /** The consent cookie's value, read as the instance reads it. */
  raw(): string | undefined;
  /** Makes `choice` the page's state after it was written (`raw` is what the cookie holds now), and says so. */
  adopt(choice: StoredChoice, raw: string | undefined, action: RecordAction): void;
  record(record: ConsentRecord): void;
}

/** Decisions, records and their delivery: the part a visit needs only when something is decided or sent. */
export interface Decisions {
  /** Each settles when stored: at once, or after another tab's decision (Web Locks). */
  acceptAll(options?: DecisionOptions): void | Promise<void>;
  rejectAll(options?: RejectOptions): void | Promise<void>;
  set(categories: Record<string, boolean>, options?: SetOptions): void | Promise<void>;
  withdraw(options?: DecisionOptions): void | Promise<void>;
  /** Records GPC's refusal of a grant stored before (the state already says refused). */
  gpc(): void | Promise<void>;
  /** Sends queued records; `all` ignores the backoff (back online; a new page, see Outbox.flush). */
  flush(all?: boolean | 'pageLoad'): Promise<void>;
  /** The page is going away: what is left goes out with sendBeacon. */
  sendOnExit(): void;
  stop(): void;
}

export interface InstanceParts {
  env: KernelEnv;
  options: ConsentOptions;
  say: Say;
  /** The decisions part when it is here (npm): decisions are then synchronous. */
  decisions?: (kernel: Kernel) => Decisions;
  /** Else how to fetch it (script tag): called once, when the first decision or send needs it. */
  /** The decisions part, with what the config's laws add to it (the consent document's hash). */
  loadDecisions?: (config: ResolvedConfig) => PromiseLike<(kernel: Kernel) => Decisions>;
  /** Reads the consent cookie's value. */
  read(config: ResolvedConfig): string | undefined;
  /** Whether records from earlier pages wait to be sent (a script-tag page then fetches what delivery needs); at start only when the cookie is there, then by `flush()` and when the browser is back online. `all`: the flush it is for (Outbox.flush). */
  queued(config: ResolvedConfig, all: true | 'pageLoad'): boolean;
}

export interface Instance {
  readonly consent: Consent;
  /** The config is valid: read the stored choice, start the plugins, send what waits. */
  /** `applied`: the state the page already works from (a script-tag boot's plan); the plugins start from it as done, then the cookie is read. */
  start(config: ResolvedConfig, plugins: readonly ConsentPlugin[], applied?: ConsentState): void;
  /**
   * The config is invalid: everything optional stays refused (fail closed) from now on.
   * `explained`: `issues` are still being put in words; `ready` waits for them, so code that
   * awaits it finds them there.
   */
  fail(issues: ConfigIssue[], explained?: Promise<void>): void;
}

type Listener = (...args: never[]) => void;

/**
 * One page's consent instance. It exists at once (so `window.consentry` and listeners work
 * from the first line), and starts when its config is known to be valid: at once when the
 * config was validated before (npm, or a script-tag page whose config this browser has
 * checked), else when the validator has run. Until then nothing optional is allowed.
 * Decisions go to the decisions part, which a script-tag page fetches on first use.
 */
export function createInstance(parts: InstanceParts): Instance {
  const { env, options, say } = parts;
  const now = options.now ?? Date.now;
  const listeners: { [E in keyof ConsentEvents]?: Set<Listener> } = {};
  const teardowns: Array<() => void> = [];
  let config: ResolvedConfig | null = null;
  let issues: ConfigIssue[] = [];
  let failed = false;
  let destroyed = false;
  let gpc = false;
  let locale = 'en';
  let state: ConsentState = unstartedState(env.gpc);
  let lastRaw: string | undefined;
  let stored: StoredChoice | null = null;
  let decisions: Decisions | undefined;
  /** The decisions part on its way (script tag), once the instance has started. */
  let arriving: Promise<Decisions | void> | undefined;
  /**
   * While the plugins start, the state just read is theirs: a read of the cookie is a call into
   * the browser (0.1 to 1 ms), and each plugin looks at the state several times as it starts.
   */
  let holding = false;
  let started: () => void;
  const start = new Promise<void>((done) => (started = done));
  /** Categories allowed() (and so when()) and services allowedService() was asked for that the config lacks: each said once. */
  const told = new Set<string>();

  /**
   * Runs `fn`; a throw is told, never passed on: one broken listener must not break the page.
   * `what` names the caller by a key of `THROWERS` (its words come with the console's, not on every page).
   */
  function guard<T>(what: Thrower, fn: () => T, name = ''): T | undefined {
    try {
      return fn();
    } catch (error) {
      say('error', 'threw', what, error, name);
    }
  }

  function emit<E extends keyof ConsentEvents>(event: E, ...args: Parameters<ConsentEvents[E]>): void {
    for (const listener of [...(listeners[event] ?? [])]) guard('listener', () => (listener as (...a: unknown[]) => void)(...args), event);
  }

  /** Picks up a choice made in another tab, or one that expired while the page was open. */
  function sync(): ConsentState {
    if (config && !destroyed && !holding) {
      const raw = guard('read', () => parts.read(config!));
      if (raw !== lastRaw) stored = decodeChoice((lastRaw = raw), now());
      commit(stateFrom(stored, config, now(), gpc), null);
    }
    return state;
  }

  function commit(next: ConsentState, action: RecordAction | null): void {
    // The same state again (a re-read that found nothing new) is no change.
    if (action === null && JSON.stringify(next) === JSON.stringify(state)) return;
    const previous = state;
    state = next;
    emit('change', { state, previous, action });
  }

  /**
   * allowed() and allowedService(): `true` when the state grants the name. A typo ('analytic') was
   * never granted, and said nothing. Judged only with a valid config, whose categories and services
   * the state lists all; by own keys ('toString' is none). The words come with the console's.
   */
  function granted(kind: 'categories' | 'services', name: string): boolean {
    const known = sync()[kind];
    if (config && !has(known, name) && !told.has(kind + name)) {
      told.add(kind + name);
      say('warn', 'unknownName', kind, name, known);
    }
    return known[name] === true;
  }

  /** Runs `fn` with the decisions part: now when it is here, else once it has arrived. Settles when it ran, or never will. */
  function decide(fn: (d: Decisions) => unknown): Promise<void> {
    if (failed) say('warn', 'invalidRefuse');
    if (failed || destroyed) return Promise.resolve();
    if (decisions) return Promise.resolve(fn(decisions) as void);
    // Failed closed or destroyed meanwhile: nothing to fetch, nothing to store.
    arriving ??= start.then(() => (config && !destroyed ? parts.loadDecisions!(config) : undefined)).then(
      (make) => (make && !destroyed ? (decisions ??= make(kernel)) : undefined),
      (error: unknown) => {
        arriving = undefined; // a later decision tries again
        say('error', 'decisionsUnloaded', error);
      },
    );
    return arriving.then((d) => (d && !destroyed ? (guard('decision', () => fn(d)) as void) : undefined));
  }

  const consent: Consent = {
    get ok() {
      return !failed;
    },
    get issues() {
      return issues;
    },
    get config() {
      return config;
    },
    get state() {
      return sync();
    },
    get locale() {
      return locale;
    },
    ready: start.then(() => !!config),
    allowed: (category) => granted('categories', category),
    allowedService: (service) => granted('services', service),
    acceptAll: (o) => decide((d) => d.acceptAll(o)),
    rejectAll: (o) => decide((d) => d.rejectAll(o)),
    set: (categories, o) => decide((d) => d.set(categories, o)),
    withdraw: (o) => decide((d) => d.withdraw(o)),
    setLocale(next) {
      const available = config?.language.available ?? [];
      const match = matchLocale(String(next), available);
      if (match) locale = shownLanguage(match, config!.ui.texts);
      else say('warn', 'setLocale', String(next), available);
    },
    on(event, listener) {
      const set = (listeners[event] ??= new Set());
      set.add(listener);
      return () => void set.delete(listener);
    },
    when(category, fn) {
      let done = false;
      // Once: allowed() re-reads the cookie, which may itself emit the change that runs it, so `done`
      // is looked at after it. On the state allowed() reads, not on a change's: that is a plain
      // object, where `categories.toString` is a (truthy) function, so `when('toString')` ran at the
      // first change; and a listener before this one may have decided again meanwhile.
      const run = () => {
        if (!consent.allowed(category) || done) return;
        done = true;
        off();
        guard('when', fn, category);
      };
      const off = consent.on('change', run);
      run();
      return off;
    },
    // Records wait in the outbox until this page (or a later one) sends them: no decisions part, nothing to send.
    flush: () => (config && (decisions || arriving || parts.queued(config, true)) ? decide((d) => d.flush(true)) : Promise.resolve()),
    showPreferences() {
      if (!listeners.show?.size) say('warn', 'noUi');
      emit('show');
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const teardown of teardowns.splice(0)) guard('teardown', teardown);
      decisions?.stop();
      for (const key in listeners) delete listeners[key as keyof ConsentEvents];
    },
  };

  const kernel: Kernel = {
    consent,
    get config() {
      return config!;
    },
    env,
    options,
    say,
    get gpc() {
      return gpc;
    },
    now,
    locale: () => locale,
    stored() {
      // A decision always re-reads: another tab may have decided, even while the plugins start.
      const held = holding;
      holding = false;
      sync();
      holding = held;
      return stored;
    },
    raw: () => parts.read(config!),
    adopt(choice, raw, action) {
      lastRaw = raw;
      stored = choice;
      commit(stateFrom(choice, config!, now(), gpc), action);
    },
    record: (record) => emit('record', record),
  };

  return {
    consent,
    start(resolved, plugins, applied) {
      if (destroyed) started();
      if (config || failed || destroyed) return;
      config = resolved;
      gpc = resolved.gpc.honour && env.gpc;
      locale = shownLanguage(resolveLocale(resolved.language, env), resolved.ui.texts);
      // Listeners added while the config was being checked hear about a stored choice.
      if (applied) state = applied;
      else sync();
      holding = true;
      for (const plugin of plugins) {
        const teardown = guard('setup', () => plugin.setup(consent), plugin.name);
        if (typeof teardown === 'function') teardowns.push(teardown);
      }
      holding = false;
      // Another tab's choice since the plan was made: a change like any other.
      if (applied) sync();
      // Here already (npm): decisions are synchronous from now on.
      decisions = parts.decisions?.(kernel);
      started();
      // GPC withdraws an earlier grant of a GPC category, unless granted explicitly under GPC; on
      // an opt-out site it is the visitor's opt-out at once, recorded on the first page.
      const choice = stored as StoredChoice | null;
      if (gpcToRecord(choice, resolved, now(), gpc)) void decide((d) => d.gpc());
      // A new page load retries everything still queued, and so does coming back online. Only a
      // decision queues records, and it leaves the cookie: a page without one (a first visit) does
      // not look (the script tag's outbox is in localStorage, slow to open the first time); its
      // widget looks when the visitor reaches for the banner.
      const flush = (all: true | 'pageLoad') => void ((decisions || parts.queued(resolved, all)) && decide((d) => d.flush(all)));
      const resync = () => void sync();
      if (decisions || lastRaw !== undefined) flush('pageLoad');
      teardowns.push(
        env.listen('online', () => flush(true)),
        env.listen('focus', resync),
        env.listen('visibilitychange', resync),
        // Another tab's decision (a withdrawal most of all) takes effect here at once.
        env.listen('decided', resync),
        env.listen('pagehide', () => decisions?.sendOnExit()),
      );
    },
    fail(found, explained) {
      if (config || failed) return;
      failed = true;
      issues = found;
      if (explained) void explained.then(started);
      else started();
    },
  };
}
