import { VERSION } from '../core/version';

const KEY = 'consentry.valid';
const KEPT = 8; // a site may have a few configs (one per section); more just means checking again

/**
 * Remembers configs this browser has checked, by a hash of their text and the library
 * version, so a returning visitor skips the validator (and its download). A new config or
 * a new version is checked again. Without localStorage, every page checks.
 */
export function configHash(text: string): string {
  // cyrb53: two 32-bit lanes, so configs that differ anywhere get different keys.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const ch of VERSION + text) {
    const c = ch.charCodeAt(0);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function wasValidated(hash: string): boolean {
  try {
    return (localStorage.getItem(KEY) ?? '').split(' ').includes(hash);
  } catch {
    return false;
  }
}

export function rememberValid(hash: string): void {
  try {
    const kept = (localStorage.getItem(KEY) ?? '').split(' ').filter((h) => h && h !== hash);
    localStorage.setItem(KEY, [hash, ...kept].slice(0, KEPT).join(' '));
  } catch {
    // Storage blocked or full: the next page checks again, which is only slower.
  }
}
