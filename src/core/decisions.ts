import type { StoredChoice } from './choice-format';
import { isCurrent } from './choice';
import { choiceMaps, deniedMaps } from './choice-maps';
import { COOKIE_LIMIT } from './cookie-limit';
import { encodeChoice } from './encode-choice';
import type { Environment } from './environment';
import { browserEnvironment } from './environment';
import { randomId } from './ids';
import type { Decisions, Kernel } from './kernel';
import { guarded } from './log';
import { Outbox } from './outbox';
import { makeRecord } from './record';
import type { Transport } from './transports';
import { callbackTransport, endpointTransport } from './transports';
import type { ResolvedConfig } from './resolved-config';
import type { DecisionOptions, Layer, RecordAction, RejectOptions, SetOptions } from './types';
import { cookieStore } from '../storage/cookie-store';
import { localOutbox } from '../storage/local-outbox';
import { memoryOutbox } from '../storage/memory-store';
import type { ChoiceStore } from '../storage/store';

/**
 * The consent document's hash in a language (see consent-document/text-id.ts): at once when that
 * language's words are here, else once they are fetched (the script tag fetches one language's).
 */
export type ConsentTextId = (config: ResolvedConfig, lang: string) => string | PromiseLike<string>;

/** A Consent Manager's reference (DPDP Rules 2025 r.4): what the record schema takes. */
const CONSENT_MANAGER = /^[A-Za-z0-9._:/-]{1,128}$/;
/** The record schema's `layer` values: a script-tag caller (no type checks) may pass anything. */
const LAYERS: readonly unknown[] = ['banner', 'preferences', 'api', 'signal'];

/** A caller's value in a warning: as JSON (an array shows as one), never a throw. */
const shown = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
};

/**
 * Everything a decision needs: the new choice, the cookie write, the record and its
 * delivery. A script-tag page fetches this part only when something is decided or waits
 * to be sent; a returning visitor whose choice is current never does.
 *
 * `textId`: the consent document's hash, which a site whose law asks for the document
 * (`config.consentDocument`) must be given: its loader fetches that code only for such a site.
 */
export function decisions(kernel: Kernel, textId?: ConsentTextId): Decisions {
  const { config, options } = kernel;
  // Fail loudly rather than record a 152-FZ consent without the text it was given to.
  if (config.consentDocument && !textId) throw new Error('the consent document part is missing: records must name the consent text');
  const env: Environment = { ...browserEnvironment(), ...kernel.env };
  const cookie: ChoiceStore =
    options.store ?? cookieStore({ ...config.cookie, secure: config.cookie.secure ?? (env.secure || config.cookie.sameSite === 'None') }, kernel.raw);
  const transports: Transport[] = [];
  if (options.onRecord) transports.push(callbackTransport(options.onRecord, env.log));
  if (config.records.endpoint) transports.push(endpointTransport(config.records.endpoint, env, kernel.say));
  const outbox = new Outbox({
    store: options.outbox ?? localOutbox(`${config.cookie.name}.outbox`, env.log) ?? memoryOutbox(),
    transports,
    maxQueued: config.records.maxQueued,
    keepDays: config.cookie.lifetimeDays,
    lock: `consentry:${config.cookie.name}`,
    now: kernel.now,
    env,
    say: kernel.say,
  });
  const optional = config.categories.filter((c) => !c.necessary).map((c) => c.key);
  const gpcRefused = (key: string) => kernel.gpc && config.gpc.categories.includes(key);
  let layerSaid = false;
  // A layer the schema does not list made the log refuse the record (422): the proof was lost.
  const layer = (o: DecisionOptions | undefined): Layer => {
    const given = o?.layer ?? 'api';
    if (LAYERS.includes(given)) return given;
    if (!layerSaid) env.log.warn(`layer: got ${shown(given)}; expected one of "banner", "preferences", "api", "signal". Recorded as "api".`);
    layerSaid = true;
    return 'api';
  };
  // 152-FZ (the packs that say so): each record names the consent document's text agreed to, in the record's language.
  const textIds: Record<string, string | PromiseLike<string>> = {};
  /**
   * The language the choice was shown in: English where the view said so (the widget's, for a
   * language whose texts are not all given, which `consent.locale` still names), else the
   * visitor's. Only these: a record must name a text `consentDocument()` writes again.
   */
  const locale = (o: DecisionOptions | undefined): string => {
    const given = o?.locale;
    const visitor = kernel.locale();
    if (given !== undefined && given !== visitor && given !== 'en') kernel.say('warn', 'decisionLocale', given, visitor);
    return given === 'en' ? given : visitor;
  };
  /** A Consent Manager's reference, as the record schema takes it; anything else is left out, and said so. */
  const manager = (o: DecisionOptions | undefined) => {
    const given = o?.consentManager;
    // test() would turn 12345 or ['cm-1'] into a string that passes, and the log refuse the record.
    if (given === undefined || (typeof given === 'string' && CONSENT_MANAGER.test(given))) return given;
    env.log.warn(`consentManager: got ${shown(given)}; expected a reference of 1-128 letters, digits, ".", "_", ":", "/" or "-". The record leaves it out.`);
  };

  /**
   * Stores a decision, makes its record, and tells listeners. Two tabs deciding at the same moment
   * take turns (Web Locks), each building on the other's result, so one browser keeps one consent
   * id and sequence numbers never repeat. Without Web Locks (old browsers, Node) a tab that finds
   * another tab's choice in the cookie right after writing its own settles on that one.
   */
  function decide(
    action: RecordAction,
    o: DecisionOptions | undefined,
    grants: () => Record<string, boolean>,
    serviceChoices: () => Record<string, boolean>,
    gpcOverride: () => boolean,
    lang = locale(o),
  ): void | Promise<void> {
    // The language decided in, and on a 152-FZ site the hash of the document in it: when its
    // words are not here yet, the decision waits for them (a record must name the text agreed to).
    const text = config.consentDocument ? (textIds[lang] ??= textId!(config, lang)) : undefined;
    if (typeof text === 'object') {
      return Promise.resolve(text).then(
        (id) => {
          textIds[lang] = id;
          return decide(action, o, grants, serviceChoices, gpcOverride, lang);
        },
        (error: unknown) => {
          delete textIds[lang]; // the next decision tries again
          env.log.error(`the consent document in "${lang}" could not be written (${String(error)}), so this decision was not stored: a 152-FZ record must name the text agreed to.`);
        },
      );
    }
    const where = action === 'gpc' ? 'signal' : layer(o);
    const through = manager(o);
    const run = () => void guarded(env.log, 'a decision', () => store(action, where, grants(), serviceChoices(), gpcOverride(), through, lang, text));
    const locks = (globalThis.navigator as (Navigator & { locks?: LockManager }) | undefined)?.locks;
    // A lock that cannot be had (an aborted request) must not lose the decision: decide without it.
    if (locks) return locks.request(`consentry:${config.cookie.name}`, run).then(undefined, run);
    run();
  }

  function store(
    action: RecordAction,
    where: Layer,
    grants: Record<string, boolean>,
    serviceChoices: Record<string, boolean>,
    gpcOverride: boolean,
    through: string | undefined,
    lang: string,
    consentText: string | undefined,
  ): void {
    const previous = kernel.stored();
    // GPC's refusal was found needed when the page started: another tab may have stored it since
    // (one record per decision), or the visitor granted a GPC category explicitly meanwhile.
    if (action === 'gpc' && previous && isCurrent(previous, config, kernel.now()) && (previous.gpcOverride || !config.gpc.categories.some((k) => previous.categories[k]))) return;
    const previousRaw = guarded(env.log, 'reading the consent cookie', () => cookie.read()) ?? undefined;
    const t = kernel.now();
    const maps = choiceMaps(config, grants, serviceChoices);
    const choice: StoredChoice = {
      consentId: previous?.consentId ?? randomId(env.randomBytes),
      revision: config.policy.revision,
      // min: after the clock went back, createdAt > updatedAt made the new cookie look forged (ignored).
      createdAt: previous ? Math.min(previous.createdAt, t) : t,
      updatedAt: t,
      sequence: (previous?.sequence ?? 0) + 1,
      gpcOverride,
      categories: maps.categories,
      services: maps.services,
      held: maps.held,
    };
    const raw = encodeChoice(choice);
    // Past COOKIE_LIMIT a choice is not read back, or a browser drops it and keeps the one before.
    // The checker refuses a config that could make one (fits.ts); a config not checked so (marked
    // `data-config-checked` by hand) stores none rather than an older one.
    const fits = raw.length <= COOKIE_LIMIT;
    guarded(env.log, 'writing the consent cookie', () => (fits ? cookie.write(raw, config.cookie.lifetimeDays) : cookie.remove()));
    const written = guarded(env.log, 'reading the consent cookie', () => cookie.read()) ?? undefined;
    if (written !== raw) {
      // Another tab's choice landed in between (no Web Locks): it is the stored one now; this page follows it.
      if (written !== undefined && written !== previousRaw) return void kernel.stored();
      // Cookies blocked, or the choice too long: it still holds for this page, and the record is still made.
      env.log.warn(`the consent cookie could not be stored (${fits ? 'cookies blocked?' : `${raw.length} characters, over ${COOKIE_LIMIT}`}); the choice holds for this page only.`);
    }
    kernel.adopt(choice, written, action);
    env.tellOtherTabs();
    const state = kernel.consent.state;
    const record = makeRecord({
      recordId: randomId(env.randomBytes),
      consentId: choice.consentId,
      sequence: choice.sequence,
      now: t,
      action,
      layer: where,
      categories: state.categories,
      services: state.services,
      policy: { revision: config.policy.revision, url: config.policy.url },
      bannerVersion: config.bannerVersion,
      locale: lang,
      origin: env.origin,
      // Whether the signal was there, as the schema says, honoured or not (`gpc.honour: false`).
      gpc: env.gpc === true,
      consentText,
      consentManager: through,
    });
    outbox.add(record);
    kernel.record(record);
    void outbox.flush();
  }

  const storedServices = () => ({ ...(kernel.stored()?.services ?? {}) });

  // What a decision builds on is read inside its turn: another tab may have decided meanwhile.
  return {
    acceptAll(o) {
      // "Accept all" is not an explicit grant of a GPC-refused category: GPC still wins.
      return decide('accept_all', o, () => Object.fromEntries(optional.map((k) => [k, !gpcRefused(k)])), () => ({}), () => false);
    },
    rejectAll(o?: RejectOptions) {
      // "I am under the age": the same refusal, recorded as what it is (never verifiable parental consent).
      return decide(o?.underAge ? 'under_age' : 'reject_all', o, () => Object.fromEntries(optional.map((k) => [k, false])), () => ({}), () => false);
    },
    set(input, o?: SetOptions) {
      if (input === null || typeof input !== 'object') {
        env.log.warn(`set(): expected an object of categories such as { analytics: true }; got ${String(input)}. Nothing was stored.`);
        return;
      }
      const categories: Record<string, boolean> = input;
      const unknown = Object.keys(categories).filter((k) => !config.categories.some((c) => c.key === k));
      // Only names the config lacks (a typo, a sample's category) and no services: no decision. Stored,
      // it would be a refusal the visitor never made, and the banner would not ask again.
      const none = unknown.length === Object.keys(categories).length && unknown.length > 0 && !o?.services;
      if (unknown.length) env.log.warn(`set(): unknown categor${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map((k) => `"${k}"`).join(', ')} ignored; expected one of ${optional.map((k) => `"${k}"`).join(', ')}.${none ? ' Nothing was stored.' : ''}`);
      if (none) return;
      return decide(
        'custom',
        o,
        // Categories not named keep what the page has now: refused before a first choice, or
        // granted on an opt-out site until opted out of.
        () => Object.fromEntries(optional.map((k) => [k, typeof categories[k] === 'boolean' ? categories[k]! : kernel.consent.state.categories[k] === true])),
        () => ({ ...(kernel.consent.state.decided ? storedServices() : {}), ...(o?.services ?? {}) }),
        () => config.gpc.categories.some((k) => gpcRefused(k) && categories[k] === true) || (kernel.stored()?.gpcOverride ?? false),
      );
    },
    withdraw(o) {
      return decide('withdraw', o, () => deniedMaps(config).categories, () => ({}), () => false);
    },
    gpc() {
      return decide(
        'gpc',
        undefined,
        () => {
          const grants = { ...kernel.consent.state.categories };
          for (const key of config.gpc.categories) grants[key] = false;
          return grants;
        },
        storedServices,
        () => false,
      );
    },
    flush: (all) => outbox.flush(all),
    sendOnExit: () => outbox.sendOnExit(),
    stop: () => outbox.stop(),
  };
}
