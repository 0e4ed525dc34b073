import type { ResolvedConfig } from '../core/resolved-config';
import type { ConsentState } from '../core/types';
import { wildcard } from './wildcard';

/**
 * Whether a refused service left a cookie or a storage key this page can see: only then is
 * the clean-up worth fetching, so most returning visits download nothing for it.
 */
export function present(config: ResolvedConfig, state: ConsentState, win: Window): boolean {
  const refused = Object.values(config.services).filter((s) => !state.services[s.key]);
  const isCookie = wildcard(refused.flatMap((s) => s.cookies));
  const isKey = wildcard(refused.flatMap((s) => s.storage));
  const keys: string[] = win.document.cookie.split(';').map((pair) => pair.split('=')[0]!.trim()).filter(isCookie);
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = win[name];
      for (let i = 0; i < storage.length; i++) if (isKey(storage.key(i)!)) keys.push(name);
    } catch {
      // Storage can throw on access (sandboxed frames, blocked site data).
    }
  }
  return keys.length > 0;
}
