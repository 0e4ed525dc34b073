import { choiceMaps, deniedMaps, stateFrom } from './choice';
import type { StoredChoice } from './choice-format';
import { decodeChoice, encodeChoice } from './choice-format';
import { Emitter } from './emitter';
import type { Environment } from './environment';
import { browserEnvironment } from './environment';
import { randomId } from './ids';
import { resolveLocale, matchLocale } from './locale';
import { describeError, guarded } from './log';
import { Outbox } from './outbox';
import { makeRecord } from './record';
import type { ResolvedConfig } from './resolved-config';
import type { Transport } from './transports';
import { callbackTransport, endpointTransport } from './transports';
import type {
  Consent,
  ConsentEvents,
  ConsentOptions,
  ConsentPlugin,
  ConsentState,
  ConsentryConfig,
  DecisionOptions,
  Layer,
  RecordAction,
  ServiceConfig,
  SetOptions,
} from './types';
import { formatIssues, validateConfig } from './validate';
import { cookieStore } from '../storage/cookie-store';
import { localOutbox } from '../storage/local-outbox';
import { memoryOutbox } from '../storage/memory-store';
import type { ChoiceStore } from '../storage/store';
import { failedConsent } from './failed-consent';

/**
 * Starts consent for one page: validates the config, reads the stored choice,
 * starts plugins (integrations, the gate) and retries undelivered records.
 * Never throws: an invalid config or a failure here gives an instance that
 * refuses everything optional and says why in the console (fail closed).
 */
export function createConsent(config: ConsentryConfig, options: ConsentOptions = {}): Consent {
  // `createConsent(config, null)` threw here, before the try: garbage options count as none.
  const opts: ConsentOptions = typeof options === 'object' && options !== null ? options : {};
  const env: Environment = { ...browserEnvironment(), ...opts.env };
  try {
    return start(config, opts, env);
  } catch (error) {
    env.log.error(`could not start, so nothing optional will run (failing closed): ${describeError(error)}`);
    return failedConsent([{ path: 'config', value: 'n/a', expected: `a config Consentry can start with (${describeError(error)})` }], env);
  }
}

function start(input: ConsentryConfig, options: ConsentOptions, env: Environment): Consent {
  const plugins = options.plugins ?? [];
  const pluginServices: Record<string, ServiceConfig> = {};
  for (const plugin of plugins) Object.assign(pluginServices, plugin.services ?? {});
  const validation = validateConfig(input, pluginServices);
  if (!validation.ok) {
    env.log.error(formatIssues(validation.issues));
    return failedConsent(validation.issues, env);
  }
  const config: ResolvedConfig = validation.config;
  const now = options.now ?? Date.now;
  const store: ChoiceStore =
    options.store ??
    cookieStore({ ...config.cookie, secure: config.cookie.secure ?? (env.secure || config.cookie.sameSite === 'None') });
  const events = new Emitter<ConsentEvents>(env.log);
  const gpc = config.gpc.honour && env.gpc;
  let locale = resolveLocale(config.language, env);

  const transports: Transport[] = [];
  if (options.onRecord) transports.push(callbackTransport(options.onRecord, env.log));
  if (config.records.endpoint) transports.push(endpointTransport(config.records.endpoint, env));
  const outbox = new Outbox({
    store: options.outbox ?? localOutbox(`${config.cookie.name}.outbox`, env.log) ?? memoryOutbox(),
    transports,
    maxQueued: config.records.maxQueued,
    now,
    env,
  });

  // What this page believes; re-read from the cookie on every check so other tabs' choices show.
  let lastRaw = readRaw();
  let stored = decodeChoice(lastRaw, now());
  let state = stateFrom(stored, config, now(), gpc);
  let destroyed = false;

  function readRaw(): string | undefined {
    return guarded(env.log, 'reading the consent cookie', () => store.read()) ?? undefined;
  }

  /** Picks up a choice made in another tab, or one that expired while the page was open. */
  function sync(): ConsentState {
    if (destroyed) return state;
    const raw = readRaw();
    const t = now();
    if (raw !== lastRaw) {
      lastRaw = raw;
      stored = decodeChoice(raw, t);
    }
    const next = stateFrom(stored, config, t, gpc);
    if (!sameState(next, state)) commit(next, null);
    return state;
  }

  function commit(next: ConsentState, action: RecordAction | null): void {
    const previous = state;
    state = next;
    events.emit('change', { state, previous, action });
  }

  /** Stores a decision, makes its record, and tells listeners. */
  function decide(action: RecordAction, layer: Layer, grants: Record<string, boolean>, serviceChoices: Record<string, boolean>, gpcOverride: boolean): void {
    if (destroyed) return;
    sync();
    const t = now();
    const maps = choiceMaps(config, grants, serviceChoices);
    const previous = stored;
    const choice: StoredChoice = {
      consentId: previous?.consentId ?? randomId(env.randomBytes),
      revision: config.policy.revision,
      // min: after the clock went back, createdAt > updatedAt made the new cookie look forged (ignored).
      createdAt: previous && previous.consentId ? Math.min(previous.createdAt, t) : t,
      updatedAt: t,
      sequence: (previous?.sequence ?? 0) + 1,
      gpcOverride,
      categories: maps.categories,
      services: maps.services,
    };
    const raw = encodeChoice(choice);
    guarded(env.log, 'writing the consent cookie', () => store.write(raw, config.cookie.lifetimeDays));
    // If cookies are blocked the choice still holds for this page: remember what the cookie really says.
    lastRaw = readRaw();
    if (lastRaw !== raw) env.log.warn('the consent cookie could not be stored (cookies blocked?); the choice holds for this page only.');
    stored = choice;
    const next = stateFrom(choice, config, t, gpc);
    const record = makeRecord({
      recordId: randomId(env.randomBytes),
      consentId: choice.consentId,
      sequence: choice.sequence,
      now: t,
      action,
      layer,
      categories: next.categories,
      services: next.services,
      policy: { revision: config.policy.revision, url: config.policy.url },
      bannerVersion: config.bannerVersion,
      locale,
      origin: env.origin,
      gpc,
    });
    outbox.add(record);
    commit(next, action);
    events.emit('record', record);
    void outbox.flush();
  }

  const optional = config.categories.filter((c) => !c.necessary).map((c) => c.key);
  const gpcRefused = (key: string) => gpc && config.gpc.categories.includes(key);

  // GPC withdraws an earlier grant of a GPC category, unless the visitor granted it explicitly under GPC.
  if (gpc && state.decided && stored && !stored.gpcOverride && config.gpc.categories.some((k) => state.categories[k])) {
    const grants = { ...state.categories };
    for (const key of config.gpc.categories) grants[key] = false;
    decide('gpc', 'signal', grants, servicesOf(stored), false);
  }

  function servicesOf(choice: StoredChoice | null): Record<string, boolean> {
    return { ...(choice?.services ?? {}) };
  }

  const consent: Consent = {
    ok: true,
    issues: [],
    config,
    get state() {
      return sync();
    },
    get locale() {
      return locale;
    },
    allowed(category) {
      return sync().categories[category] === true;
    },
    allowedService(service) {
      return sync().services[service] === true;
    },
    acceptAll(opts: DecisionOptions = {}) {
      // "Accept all" is not an explicit grant of a GPC-refused category: GPC still wins.
      const grants = Object.fromEntries(optional.map((k) => [k, !gpcRefused(k)]));
      decide('accept_all', opts?.layer ?? 'api', grants, {}, false);
    },
    rejectAll(opts: DecisionOptions = {}) {
      decide('reject_all', opts?.layer ?? 'api', Object.fromEntries(optional.map((k) => [k, false])), {}, false);
    },
    set(input, opts: SetOptions = {}) {
      if (input === null || typeof input !== 'object') {
        env.log.warn(`set(): expected an object of categories such as { analytics: true }; got ${String(input)}. Nothing was stored.`);
        return;
      }
      const categories: Record<string, boolean> = input;
      const unknown = Object.keys(categories).filter((k) => !config.categories.some((c) => c.key === k));
      if (unknown.length) env.log.warn(`set(): unknown categor${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map((k) => `"${k}"`).join(', ')} ignored; expected one of ${optional.map((k) => `"${k}"`).join(', ')}.`);
      const current = sync();
      const grants: Record<string, boolean> = {};
      for (const key of optional) grants[key] = typeof categories[key] === 'boolean' ? categories[key]! : current.decided && current.categories[key] === true;
      const services = { ...(current.decided ? servicesOf(stored) : {}), ...(opts?.services ?? {}) };
      const override = config.gpc.categories.some((k) => gpcRefused(k) && categories[k] === true) || (stored?.gpcOverride ?? false);
      decide('custom', opts?.layer ?? 'api', grants, services, override);
    },
    withdraw(opts: DecisionOptions = {}) {
      decide('withdraw', opts?.layer ?? 'api', deniedMaps(config).categories, {}, false);
    },
    setLocale(next) {
      const match = matchLocale(next, config.language.available);
      if (match) locale = match;
      else env.log.warn(`setLocale(): "${next}" is not offered; expected one of ${config.language.available.map((l) => `"${l}"`).join(', ')}.`);
    },
    on(event, listener) {
      return events.on(event, listener);
    },
    when(category, fn) {
      if (consent.allowed(category)) {
        guarded(env.log, `when("${category}") callback`, fn);
        return () => {};
      }
      const off = events.on('change', ({ state: s }) => {
        if (s.categories[category] !== true) return;
        off();
        guarded(env.log, `when("${category}") callback`, fn);
      });
      return off;
    },
    flush: () => outbox.flush(true),
    showPreferences() {
      if (!events.has('show')) env.log.warn('showPreferences(): no UI is attached to this instance.');
      events.emit('show');
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const teardown of teardowns) guarded(env.log, 'a plugin teardown', () => teardown());
      for (const off of unlisten) off();
      outbox.stop();
      events.clear();
    },
  };

  const unlisten = [
    env.listen('online', () => void outbox.flush(true)),
    env.listen('focus', () => void sync()),
    env.listen('visibilitychange', () => void sync()),
    env.listen('pagehide', () => outbox.sendOnExit()),
  ];
  const teardowns = startPlugins(plugins, consent, env);
  void outbox.flush(true); // a new page load retries everything still queued
  return consent;
}

function startPlugins(plugins: ConsentPlugin[], consent: Consent, env: Environment): Array<() => void> {
  const teardowns: Array<() => void> = [];
  for (const plugin of plugins) {
    const teardown = guarded(env.log, `plugin "${plugin.name}" setup`, () => plugin.setup(consent));
    if (typeof teardown === 'function') teardowns.push(teardown);
  }
  return teardowns;
}

function sameState(a: ConsentState, b: ConsentState): boolean {
  return (
    a.decided === b.decided &&
    a.consentId === b.consentId &&
    a.revision === b.revision &&
    a.updatedAt === b.updatedAt &&
    sameMap(a.categories, b.categories) &&
    sameMap(a.services, b.services)
  );
}

function sameMap(a: Readonly<Record<string, boolean>>, b: Readonly<Record<string, boolean>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
