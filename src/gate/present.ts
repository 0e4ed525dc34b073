import type { ResolvedConfig } from '../core/resolved-config';
import type { ConsentState } from '../core/types';
import { wildcardExcept } from './wildcard';

/**
 * The cookie and storage names (with `*` wildcards) the refused services may leave, each list as
 * one regular expression's source (`wildcardSource`; `''` when there are none).
 */
export type Traces = [cookies: string, storage: string];

/** What the services this state refuses may have left, but what a service it allows lists too (the clean-up leaves that). */
export function refusedTraces(config: ResolvedConfig, state: ConsentState): Traces {
  const listed = (allowed: boolean, key: 'cookies' | 'storage') => Object.values(config.services).filter((s) => !!state.services[s.key] == allowed).flatMap((s) => s[key]);
  return [wildcardExcept(listed(false, 'cookies'), listed(true, 'cookies')), wildcardExcept(listed(false, 'storage'), listed(true, 'storage'))];
}

/**
 * Whether a refused service left a cookie or a storage key this page can see: only then is
 * the clean-up worth fetching, so most returning visits download nothing for it.
 */
export function present(config: ResolvedConfig, state: ConsentState, win: Window): boolean {
  return tracesLeft(refusedTraces(config, state), win);
}

/** Whether any of `traces` is on this page (a script-tag plan carries them worked out). */
export function tracesLeft([cookies, storage]: Traces, win: Window): boolean {
  // Each is read only if a refused service could have left something there: reading the cookie jar
  // or storage is a call into the browser, which a returning visit that granted everything would
  // pay for nothing (a plan's page scripted 20 ms, not 15, at 4x slower CPU when it always looked).
  const left = (source: string, names: () => string[], re = new RegExp(source)) => {
    try {
      return !!source && names().some((name) => re.test(name));
    } catch {
      return false; // storage can throw on access (sandboxed frames, blocked site data)
    }
  };
  return (
    left(cookies, () => win.document.cookie.split(';').map((pair) => pair.split('=')[0]!.trim())) ||
    left(storage, () => Object.keys(win.localStorage)) ||
    left(storage, () => Object.keys(win.sessionStorage))
  );
}
