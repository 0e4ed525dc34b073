import type { ResolvedConfig } from '../core/resolved-config';
import { BUILD } from '../core/version';
import type { GatingOptions } from '../gate/gating-options';
import type { ResolvedGoogleOptions } from '../integrations/google-defaults';
import type { ResolvedYandexMetricaOptions } from '../integrations/yandex-defaults';

/** A config this browser has checked: what the core starts from, with every default filled in (a plan carries it too). */
export interface Memo {
  config: Omit<ResolvedConfig, 'source'>;
  google: ResolvedGoogleOptions | undefined;
  yandexMetrica: ResolvedYandexMetricaOptions | undefined;
  gating: GatingOptions;
}

/**
 * The key a page's config is kept by (storage/checked-configs.ts). It is the text itself, not a
 * hash of it: comparing two strings is one native call, where hashing a few KB in script cost a
 * returning visit 2 ms (8 ms at 4× slower CPU), and equal text can never be a collision.
 */
export function memoKey(text: string): string {
  return `${BUILD}\n${text}`;
}
