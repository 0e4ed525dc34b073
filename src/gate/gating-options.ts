import { BOOL, TEXT, keysOf, obj, oneOf, opt } from '../core/spec';
import type { GatingConfig } from '../core/types';

/** Texts of the placeholder shown instead of a blocked iframe (the words: embed-texts.ts, with the placeholder). */
export type EmbedTextKey = 'notice' | 'loadOnce' | 'alwaysAllow';
export const EMBED_TEXT_KEYS: readonly EmbedTextKey[] = ['notice', 'loadOnce', 'alwaysAllow'];

export type ReloadOnWithdraw = NonNullable<GatingConfig['reloadOnWithdraw']>;

/** `config.gating`, with defaults applied (the documented options: `GatingConfig` in types.ts). */
export interface GatingOptions {
  reloadOnWithdraw: ReloadOnWithdraw;
  observe: boolean;
  texts: NonNullable<GatingConfig['texts']>;
}

const RELOAD = ['ask', 'always', 'never'] as const satisfies readonly ReloadOnWithdraw[];

/** The rules of `config.gating`, part of the config's (checked with it, before anything runs). */
export const GATING_SPEC = obj({ reloadOnWithdraw: opt(oneOf(RELOAD)), observe: opt(BOOL), texts: opt(keysOf(EMBED_TEXT_KEYS, TEXT)) });
