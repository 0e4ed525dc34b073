import type { StoredChoice } from './choice-format';
import type { ResolvedConfig } from './resolved-config';
import type { ConsentState } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Nothing granted but `necessary`: the state before a decision and after a withdrawal. */
export function deniedMaps(config: ResolvedConfig): { categories: Record<string, boolean>; services: Record<string, boolean> } {
  const categories = Object.fromEntries(config.categories.map((c) => [c.key, c.necessary]));
  const services = Object.fromEntries(Object.values(config.services).map((s) => [s.key, categories[s.category] === true]));
  return { categories, services };
}

/** Whether a stored choice still answers the question this page asks. */
export function isCurrent(choice: StoredChoice, config: ResolvedConfig, now: number): boolean {
  if (choice.revision !== config.policy.revision) return false; // the policy changed: ask again
  if (now - choice.updatedAt > config.cookie.lifetimeDays * DAY_MS) return false; // expired: ask again
  // A category added since the choice was never answered, so the choice is incomplete.
  return config.categories.every((c) => c.necessary || typeof choice.categories[c.key] === 'boolean');
}

/**
 * The state a page works from: the stored choice when current, else everything optional refused.
 * Under GPC, a GPC category is refused unless the visitor granted it explicitly under GPC, even
 * before the 'gpc' record rewrites the cookie: nothing it covers may start in between.
 */
export function stateFrom(choice: StoredChoice | null, config: ResolvedConfig, now: number, gpc: boolean): ConsentState {
  const decided = choice !== null && isCurrent(choice, config, now);
  const denied = deniedMaps(config);
  const gpcRefuses = (key: string) => gpc && !choice?.gpcOverride && config.gpc.categories.includes(key);
  const categories = decided
    ? Object.fromEntries(config.categories.map((c) => [c.key, c.necessary || (choice.categories[c.key] === true && !gpcRefuses(c.key))]))
    : denied.categories;
  const services = decided
    ? Object.fromEntries(Object.values(config.services).map((s) => [s.key, categories[s.category] === true && choice.services[s.key] !== false]))
    : denied.services;
  return {
    decided,
    categories,
    services,
    consentId: choice?.consentId ?? null,
    revision: decided ? choice.revision : null,
    updatedAt: decided ? choice.updatedAt : null,
    gpc,
  };
}

/** The optional categories' grants and the explicit service choices to store. */
export function choiceMaps(
  config: ResolvedConfig,
  grants: Record<string, boolean>,
  serviceChoices: Record<string, boolean>,
): { categories: Record<string, boolean>; services: Record<string, boolean> } {
  const categories: Record<string, boolean> = {};
  for (const c of config.categories) if (!c.necessary) categories[c.key] = grants[c.key] === true;
  const services: Record<string, boolean> = {};
  for (const s of Object.values(config.services)) {
    // Only a refusal inside a granted category needs storing; everything else follows the category.
    if (categories[s.category] && serviceChoices[s.key] === false) services[s.key] = false;
  }
  return { categories, services };
}
