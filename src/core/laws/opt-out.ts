import type { Law, OptInLaw } from '../types';

/**
 * The laws of the opt-out model, by name alone: the boot file reads a config's `policy.laws`
 * for them before it is checked, and must not carry the packs to do so.
 */
export const OPT_OUT_LAWS: readonly Exclude<Law, OptInLaw>[] = ['ccpa'];
