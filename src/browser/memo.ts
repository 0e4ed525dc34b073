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
 * Remembers configs this browser has checked, by a hash of their text and the library version,
 * with their defaults filled in: a returning visitor skips the validator and the resolver (and
 * their download). A changed config or a new version is checked again. Without localStorage,
 * every page checks.
 */
export function configHash(text: string): string {
  // FNV-1a over the text, and its length: distinct configs of one site do not collide in practice.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `${VERSION}:${text.length}:${h >>> 0}`;
}

export function recall(hash: string): Memo | undefined {
  try {
    return (JSON.parse(localStorage.getItem(KEY)!) as Array<[string, Memo]>).find(([h]) => h === hash)![1];
  } catch {
    return undefined; // nothing kept, unreadable, or not this one
  }
}

export function remember(hash: string, memo: Memo): void {
  try {
    let kept: Array<[string, Memo]> = [];
    try {
      kept = (JSON.parse(localStorage.getItem(KEY)!) as Array<[string, Memo]>).filter(([h]) => h !== hash);
    } catch {
      // unreadable: start over
    }
    localStorage.setItem(KEY, JSON.stringify([[hash, memo], ...kept].slice(0, KEPT)));
  } catch {
    // Storage blocked or full: the next page checks again, which is only slower.
  }
}
