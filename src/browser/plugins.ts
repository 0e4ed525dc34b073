import type { Say } from '../core/messages';
import type { ConsentPlugin } from '../core/types';
import { gateCore } from '../gate/gate-core';
import type { GateParts } from '../gate/gate-core';
import { googleCore } from '../integrations/google-core';
import { yandexCore } from '../integrations/yandex-core';
import type { Memo } from './memo';
import type { LoadPart } from './part-loader';

/**
 * The plugins a script-tag site gets from its checked config: Google and Yandex Metrica when
 * configured, then the gate (last, so the integrations' Consent Mode update and Metrica flag
 * come before the withdrawal clean-up).
 */
export function pluginsFromMemo(memo: Memo, nonce: string | undefined, load: LoadPart, say: Say, applied?: boolean, frames?: GateParts['frames']): ConsentPlugin[] {
  const plugins: ConsentPlugin[] = [];
  // A script tag always has a page: the cores' checks for server rendering are the npm wrappers'.
  // `applied`: the boot file applied the state they start with, from its plan; `frames`: what its gate drew.
  if (memo.google) plugins.push(googleCore(memo.google, window, nonce, applied));
  if (memo.yandexMetrica) plugins.push(yandexCore(memo.yandexMetrica, window, nonce, applied));
  plugins.push(gateCore({ options: memo.gating, embeds: () => load('placeholder'), cleanup: () => load('cleanup'), window, say, applied, frames }));
  return plugins;
}
