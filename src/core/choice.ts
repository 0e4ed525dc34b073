import type { StoredChoice } from './choice-format';
import type { ResolvedConfig } from './resolved-config';
import { serviceHash } from './service-hash';
import type { ConsentState } from './types';

/** Whether a stored choice still answers the question this page asks. */
export function isCurrent(choice: StoredChoice, config: ResolvedConfig, now: number): boolean {
  // An opt-out site grants before any choice, except what GPC refuses: a grant given against the
  // signal (`gpcOverride`) is an opt-in, to the services it held then, as on an opt-in site.
  // Each hash is 6 characters: cut at every 6th, so a new service's hash is not found straddling
  // two kept ones (service-hash.ts). A cookie whose `held` is not whole hashes is not read at all
  // (choice-format.ts): asked again.
  const held = config.optOut && !choice.gpcOverride ? undefined : choice.held?.split(/(.{6})/);
  return (
    choice.revision === config.policy.revision && // the policy changed: ask again
    now - choice.updatedAt <= config.cookie.lifetimeDays * 864e5 && // expired: ask again
    // A category added since the choice was never answered, so the choice is incomplete; a service
    // added to a granted one since (a new recipient, service-hash.ts) was never agreed to. A service
    // added to a refused one stays refused; an opt-out site grants before any choice, so there only
    // refusals count; a cookie from before services were held holds as it did (no mass re-prompt).
    config.categories.every(
      (c) =>
        c.necessary ||
        (typeof choice.categories[c.key] === 'boolean' &&
          (held === undefined || !choice.categories[c.key] || c.services.every((s) => held.includes(serviceHash(c.key, s))))),
    )
  );
}

/**
 * The state a page works from: the stored choice when current, else everything optional refused
 * (the state before a decision), or, on an opt-out site (the US pack), granted until the visitor
 * opts out: there an opt-out outlives a new policy revision or category (CCPA Regs §7026: a
 * business waits 12 months before asking someone who opted out to opt back in), so only its
 * grants lapse. Under GPC, a GPC category is refused unless the visitor granted it explicitly
 * under GPC, even before the 'gpc' record rewrites the cookie: nothing it covers may start in between.
 */
export function stateFrom(choice: StoredChoice | null, config: ResolvedConfig, now: number, gpc: boolean): ConsentState {
  return stateOf(choice, !!choice && isCurrent(choice, config, now), config, now, gpc);
}

/**
 * `stateFrom` once whether `choice` is current is known (`decided`, never true without a choice): a
 * first visit, with no choice, calls it with `false`, so its chunk carries no `isCurrent`.
 */
export function stateOf(choice: StoredChoice | null, decided: boolean, config: ResolvedConfig, now: number, gpc: boolean): ConsentState {
  // The refusals that still hold: a current choice's, or on an opt-out site any unexpired one's.
  const refusals = decided || (config.optOut && !!choice && now - choice.updatedAt <= config.cookie.lifetimeDays * 864e5) ? choice : null;
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  for (const c of config.categories) {
    const granted = decided ? choice!.categories[c.key] === true : config.optOut && refusals?.categories[c.key] !== false;
    categories[c.key] = c.necessary || (granted && !(gpc && !(decided && choice!.gpcOverride) && config.gpc.categories.includes(c.key)));
  }
  for (const key in config.services) services[key] = categories[config.services[key]!.category]! && refusals?.services[key] !== false;
  return {
    decided,
    categories,
    services,
    consentId: choice?.consentId ?? null,
    revision: decided ? choice!.revision : null,
    updatedAt: decided ? choice!.updatedAt : null,
    gpc,
  };
}

/**
 * Whether GPC's refusal must be recorded now: an earlier grant of a GPC category that was not
 * made explicitly under GPC, or on an opt-out site the visitor's opt-out itself (first page).
 */
export function gpcToRecord(choice: StoredChoice | null, config: ResolvedConfig, now: number, gpc: boolean): boolean {
  return gpc && (choice && isCurrent(choice, config, now) ? !choice.gpcOverride && config.gpc.categories.some((k) => choice.categories[k]) : config.optOut && !!config.gpc.categories[0]);
}

/** Before a valid config is known, or when it is invalid (fail closed): only `necessary`. */
export function unstartedState(gpc: boolean): ConsentState {
  return { decided: false, categories: { necessary: true }, services: {}, consentId: null, revision: null, updatedAt: null, gpc };
}
