// Apart from the rules (gating-options.ts): what the gate starts with, up front, while the rules
// come with the config's checker, in its lazy chunk (an app's bundler splits by module).
import type { GatingConfig } from '../core/types';
import type { GatingOptions } from './gating-options';

/** The options with defaults, for options already checked. */
export function gatingDefaults(raw: GatingConfig = {}): GatingOptions {
  return { reloadOnWithdraw: raw.reloadOnWithdraw ?? 'ask', observe: raw.observe ?? true, texts: raw.texts ?? {} };
}
