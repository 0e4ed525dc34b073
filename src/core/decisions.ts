import { choiceMaps, deniedMaps } from './choice';
import type { StoredChoice } from './choice-format';
import { encodeChoice } from './choice-format';
import type { Environment } from './environment';
import { browserEnvironment } from './environment';
import { randomId } from './ids';
import type { Decisions, Kernel } from './kernel';
import { guarded } from './log';
import { Outbox } from './outbox';
import { makeRecord } from './record';
import type { Transport } from './transports';
import { callbackTransport, endpointTransport } from './transports';
import type { DecisionOptions, Layer, RecordAction, SetOptions } from './types';
import { cookieStore } from '../storage/cookie-store';
import { localOutbox } from '../storage/local-outbox';
import { memoryOutbox } from '../storage/memory-store';
import type { ChoiceStore } from '../storage/store';

/**
 * Everything a decision needs: the new choice, the cookie write, the record and its
 * delivery. A script-tag page fetches this part only when something is decided or waits
 * to be sent; a returning visitor whose choice is current never does.
 */
export function decisions(kernel: Kernel): Decisions {
  const { config, options } = kernel;
  const env: Environment = { ...browserEnvironment(), ...kernel.env };
  const store: ChoiceStore =
    options.store ?? cookieStore({ ...config.cookie, secure: config.cookie.secure ?? (env.secure || config.cookie.sameSite === 'None') });
  const transports: Transport[] = [];
  if (options.onRecord) transports.push(callbackTransport(options.onRecord, env.log));
  if (config.records.endpoint) transports.push(endpointTransport(config.records.endpoint, env));
  const outbox = new Outbox({
    store: options.outbox ?? localOutbox(`${config.cookie.name}.outbox`, env.log) ?? memoryOutbox(),
    transports,
    maxQueued: config.records.maxQueued,
    now: kernel.now,
    env,
  });
  const optional = config.categories.filter((c) => !c.necessary).map((c) => c.key);
  const gpcRefused = (key: string) => kernel.gpc && config.gpc.categories.includes(key);
  const layer = (o: DecisionOptions | undefined): Layer => o?.layer ?? 'api';

  /** Stores a decision, makes its record, and tells listeners. */
  function decide(action: RecordAction, where: Layer, grants: Record<string, boolean>, serviceChoices: Record<string, boolean>, gpcOverride: boolean): void {
    const previous = kernel.stored();
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
    };
    const raw = encodeChoice(choice);
    guarded(env.log, 'writing the consent cookie', () => store.write(raw, config.cookie.lifetimeDays));
    // If cookies are blocked the choice still holds for this page: remember what the cookie really says.
    const written = guarded(env.log, 'reading the consent cookie', () => store.read()) ?? undefined;
    if (written !== raw) env.log.warn('the consent cookie could not be stored (cookies blocked?); the choice holds for this page only.');
    kernel.adopt(choice, written, action);
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
      locale: kernel.locale(),
      origin: env.origin,
      gpc: kernel.gpc,
    });
    outbox.add(record);
    kernel.record(record);
    void outbox.flush();
  }

  const storedServices = () => ({ ...(kernel.stored()?.services ?? {}) });

  return {
    acceptAll(o) {
      // "Accept all" is not an explicit grant of a GPC-refused category: GPC still wins.
      decide('accept_all', layer(o), Object.fromEntries(optional.map((k) => [k, !gpcRefused(k)])), {}, false);
    },
    rejectAll(o) {
      decide('reject_all', layer(o), Object.fromEntries(optional.map((k) => [k, false])), {}, false);
    },
    set(input, o?: SetOptions) {
      if (input === null || typeof input !== 'object') {
        env.log.warn(`set(): expected an object of categories such as { analytics: true }; got ${String(input)}. Nothing was stored.`);
        return;
      }
      const categories: Record<string, boolean> = input;
      const unknown = Object.keys(categories).filter((k) => !config.categories.some((c) => c.key === k));
      if (unknown.length) env.log.warn(`set(): unknown categor${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map((k) => `"${k}"`).join(', ')} ignored; expected one of ${optional.map((k) => `"${k}"`).join(', ')}.`);
      const current = kernel.consent.state;
      const grants: Record<string, boolean> = {};
      for (const key of optional) grants[key] = typeof categories[key] === 'boolean' ? categories[key]! : current.decided && current.categories[key] === true;
      const services = { ...(current.decided ? storedServices() : {}), ...(o?.services ?? {}) };
      const override = config.gpc.categories.some((k) => gpcRefused(k) && categories[k] === true) || (kernel.stored()?.gpcOverride ?? false);
      decide('custom', layer(o), grants, services, override);
    },
    withdraw(o) {
      decide('withdraw', layer(o), deniedMaps(config).categories, {}, false);
    },
    gpc() {
      const grants = { ...kernel.consent.state.categories };
      for (const key of config.gpc.categories) grants[key] = false;
      decide('gpc', 'signal', grants, storedServices(), false);
    },
    flush: (all) => outbox.flush(all),
    sendOnExit: () => outbox.sendOnExit(),
    stop: () => outbox.stop(),
  };
}
