import { has } from '../core/checks';
import type { Snapshot } from './binding';
import type { GateNames } from './gate-names-report';

/**
 * A `<ConsentGate>` naming a category or service its config does not have never opens, and said
 * nothing: a typo (`analytic`) or a sample's name copied as it is. Once the instance has started
 * with a valid config, its state lists every category and every service a category lists, so a
 * name missing there is one the gate waits for in vain. (A config that failed closed has said why
 * itself.) Only the check is in an app's bundle: the words come when one is missing.
 */
export function reportUnknownGateNames({ state, consent }: Snapshot, which: GateNames): void {
  const { category, service } = which;
  // Own keys: with `in`, "toString" or "constructor" (Object.prototype's) passed for known.
  if (consent?.ok && ((category !== undefined && !has(state.categories, category)) || (service !== undefined && !has(state.services, service))))
    void import('./gate-names-report').then((m) => m.report(state, which));
}
