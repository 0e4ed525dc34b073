import type { ResolvedConfig } from '../core/resolved-config';
import { VERSION } from '../core/version';
import type { GatingOptions } from '../gate/gating-options';
import type { ResolvedGoogleOptions } from '../integrations/google-options';
import type { ResolvedYandexMetricaOptions } from '../integrations/yandex-options';

/** A config this browser has checked: what the boot file starts from, with every default filled in. */
export interface Memo {
  config: Omit<ResolvedConfig, 'source'>;
  google: ResolvedGoogleOptions | undefined;
  yandexMetrica: ResolvedYandexMetricaOptions | undefined;
  gating: GatingOptions;
}

const KEY = 'consentry.configs';
const KEPT = 4; // a site may have a few configs (one per section); more just means checking again

/**
 * Remembers configs this browser has checked, by their text and the library version, with their
 * defaults filled in: a returning visitor skips the validator and the resolver (and their
 * download). A changed config or a new version is checked again. Without localStorage, every
 * page checks. The key is the text itself, not a hash of it: comparing two strings is one native
 * call, where hashing a few KB in script cost a returning visit 2 ms (8 ms at 4× slower CPU),
 * and equal text can never be a collision.
 */
export function memoKey(text: string): string {
  return `${VERSION}\n${text}`;
}

export function recall(key: string): Memo | undefined {
  try {
    return (JSON.parse(localStorage.getItem(KEY)!) as Array<[string, Memo]>).find(([k]) => k === key)![1];
  } catch {
    return undefined; // nothing kept, unreadable, or not this one
  }
}

export function remember(key: string, memo: Memo): void {
  try {
    let kept: Array<[string, Memo]> = [];
    try {
      kept = (JSON.parse(localStorage.getItem(KEY)!) as Array<[string, Memo]>).filter(([k]) => k !== key);
    } catch {
      // unreadable: start over
    }
    localStorage.setItem(KEY, JSON.stringify([[key, memo], ...kept].slice(0, KEPT)));
  } catch {
    // Storage blocked or full: the next page checks again, which is only slower.
  }
}
