const KEY = 'consentry.configs';
const KEPT = 4; // a site may have a few configs (one per section); more just means checking again

/**
 * Configs this browser has checked, by a key made of their text and the library's build (its
 * version and a digest of its source: core/version.ts `BUILD`), each with what starting from it
 * needs (its defaults filled in): a returning visitor skips the checker and the resolver, and
 * their download. A changed config or another build is checked again. Without localStorage (blocked, a server) nothing is kept and every page checks. Shared
 * by the script tag (`browser/memo.ts`) and npm (`core/kept-config.ts`), whose keys never meet.
 */
export function recall<T>(key: string): T | undefined {
  try {
    return (JSON.parse(localStorage.getItem(KEY)!) as Array<[string, T]>).find(([k]) => k === key)![1];
  } catch {
    return undefined; // nothing kept, unreadable, or not this one
  }
}

export function remember<T>(key: string, value: T): void {
  try {
    let kept: Array<[string, T]> = [];
    try {
      kept = (JSON.parse(localStorage.getItem(KEY)!) as Array<[string, T]>).filter(([k]) => k !== key);
    } catch {
      // unreadable: start over
    }
    localStorage.setItem(KEY, JSON.stringify([[key, value], ...kept].slice(0, KEPT)));
  } catch {
    // Storage blocked or full: the next page checks again, which is only slower.
  }
}
