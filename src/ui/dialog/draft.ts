/**
 * The dialog's unsaved choice: a switch per optional category and per service. The two stay
 * consistent: a category switched on or off takes its services with it; a service switched on
 * switches its category on; the last service of a category switched off switches it off.
 * Pure, so the rules are unit-tested.
 */
import type { ResolvedConfig } from '../../core/resolved-config';
import type { ConsentState } from '../../core/types';

export interface Draft {
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
}

/**
 * What is stored now; a visitor who has not chosen sees every optional switch off (nothing
 * pre-ticked), except on an opt-out site (the US pack), where the switches show what runs:
 * everything until the visitor opts out, a new policy revision keeping the opt-outs (core/choice.ts).
 */
export function draftFrom(config: ResolvedConfig, state: ConsentState): Draft {
  const draft: Draft = { categories: {}, services: {} };
  const shown = state.decided || config.optOut;
  for (const c of config.categories) {
    if (c.necessary) continue;
    draft.categories[c.key] = shown && state.categories[c.key] === true;
    for (const s of c.services) draft.services[s] = shown && state.services[s] === true;
  }
  return draft;
}

export function toggleCategory(config: ResolvedConfig, draft: Draft, key: string, on: boolean): Draft {
  const services = { ...draft.services };
  for (const s of config.categories.find((c) => c.key === key)?.services ?? []) services[s] = on;
  return { categories: { ...draft.categories, [key]: on }, services };
}

export function toggleService(config: ResolvedConfig, draft: Draft, key: string, on: boolean): Draft {
  const category = config.services[key]!.category;
  const services = { ...draft.services, [key]: on };
  const siblings = config.categories.find((c) => c.key === category)!.services;
  return { categories: { ...draft.categories, [category]: siblings.some((s) => services[s]) }, services };
}
