import type { ResolvedConfig } from '../core/resolved-config';
import type { ConsentState } from '../core/types';
import { wildcard } from './wildcard';

/**
 * Whether a refused service left a cookie or a storage key this page can see: only then is
 * the clean-up worth fetching, so most returning visits download nothing for it.
 */
export function present(config: ResolvedConfig, state: ConsentState, win: Window): boolean {
  const refused = Object.values(config.services).filter((s) => !state.services[s.key]);
  const cookies = refused.flatMap((s) => s.cookies);
  const storage = refused.flatMap((s) => s.storage);
  const isCookie = wildcard(cookies);
  const isKey = wildcard(storage);
  // Each is read only if a refused service could have left something there: reading the cookie jar
  // or storage is a call into the browser, which a returning visit that granted everything would
  // pay for nothing.
  if (cookies.length && win.document.cookie.split(';').some((pair) => isCookie(pair.split('=')[0]!.trim()))) return true;
  if (storage.length)
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      try {
        const store = win[name];
        for (let i = 0; i < store.length; i++) if (isKey(store.key(i)!)) return true;
      } catch {
        // Storage can throw on access (sandboxed frames, blocked site data).
      }
    }
  return false;
}
