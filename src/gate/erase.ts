import type { CookieJar } from './cookie-jar';
import { cookieNames } from './cookie-jar';
import { wildcard } from './wildcard';

const EXPIRED = 'expires=Thu, 01 Jan 1970 00:00:00 GMT';

export interface EraseTarget {
  /** Cookie names or `*` patterns. */
  cookies: readonly string[];
  /** Storage keys or `*` patterns, cleared from localStorage and sessionStorage. */
  storage: readonly string[];
  /** Names or patterns a service the visitor allows lists too: left alone (see `wildcardExcept`). */
  spared?: { cookies: readonly string[]; storage: readonly string[] };
}

export interface EraseScope {
  jar: CookieJar;
  /** Domains to erase on (see `cookieDomains`); the host-only cookie is erased too. */
  domains: () => readonly string[];
  /** Paths a cookie may have been set with, `/` first. */
  paths: readonly string[];
  secure: boolean;
  storages: readonly (Storage | null)[];
}

/**
 * Erases the matching cookies a page can see, on every domain and path they may have been
 * set with (a cookie is only deleted by a write with the same domain and path), and the
 * matching storage keys. Returns the cookie names that were erased.
 */
export function erase(target: EraseTarget, scope: EraseScope): string[] {
  const isCookie = wildcard(target.cookies, target.spared?.cookies);
  const names = cookieNames(scope.jar).filter(isCookie);
  if (names.length > 0) {
    const domains = scope.domains();
    const suffix = scope.secure ? '; Secure' : '';
    for (const name of names) {
      for (const path of scope.paths) {
        scope.jar.write(`${name}=; path=${path}; ${EXPIRED}${suffix}`);
        for (const domain of domains) scope.jar.write(`${name}=; domain=${domain}; path=${path}; ${EXPIRED}${suffix}`);
      }
    }
  }
  const isKey = wildcard(target.storage, target.spared?.storage);
  for (const storage of scope.storages) {
    if (!storage) continue;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) keys.push(storage.key(i)!);
    for (const key of keys) if (isKey(key)) storage.removeItem(key);
  }
  return names;
}

/** `/`, then each directory of `pathname`, then the site's cookie path: where a cookie may live. */
export function cookiePaths(pathname: string, configured = '/'): string[] {
  const out = ['/'];
  const parts = pathname.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) out.push(`/${parts.slice(0, i).join('/')}`);
  if (!out.includes(configured)) out.push(configured);
  return out;
}
