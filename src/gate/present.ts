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
  // Nothing refused, or nothing it could have left: no need to read the cookie jar (a call into
  // the browser that a returning visit which granted everything would pay for nothing).
  if (!cookies.length && !storage.length) return false;
  const isCookie = wildcard(cookies);
  const isKey = wildcard(storage);
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
