import type { Consent, ConsentState } from '../core/types';
import { cookieDomains } from './cookie-domains';
import { documentJar } from './cookie-jar';
import { cookiePaths, erase } from './erase';
import type { GatingOptions } from './gating-options';
import type { ReloadSuggestedDetail } from './reload-event';
import { RELOAD_SUGGESTED } from './reload-event';

export interface CleanupModule {
  cleanup: typeof cleanup;
}

/** Keys granted before and not any more. */
export function withdrawn(previous: Readonly<Record<string, boolean>>, next: Readonly<Record<string, boolean>>): string[] {
  return Object.keys(previous).filter((key) => previous[key] === true && next[key] !== true);
}

/**
 * Withdrawal takes effect at once (GUIDE 'Choices'): the withdrawn services' cookies are erased
 * on this host and every parent up to the registrable domain, their storage keys cleared, and
 * since running third-party code cannot be unloaded, a reload is offered (or done).
 * With no `previous` (a page load), every refused service is cleaned: a refusal means none of its cookies.
 * Consent Mode and the Metrica flag are the integrations' part, on the same change.
 */
export function cleanup(consent: Consent, options: GatingOptions, previous: ConsentState | null, state: ConsentState, win: Window): void {
  const config = consent.config!;
  const jar = documentJar(win.document);
  let domains: string[] | undefined;
  const scope = {
    jar,
    // Probed on first need only: most clean-ups erase no cookie.
    domains: () => (domains ??= cookieDomains(win.location.hostname, jar, config.cookie.domain)),
    paths: cookiePaths(win.location.pathname, config.cookie.path),
    secure: win.location.protocol === 'https:',
    storages: [storage(win, 'localStorage'), storage(win, 'sessionStorage')],
  };
  const services = previous ? withdrawn(previous.services, state.services) : Object.keys(state.services).filter((key) => !state.services[key]);
  // What the services still allowed list is theirs, though a refused one lists it too (Google's
  // cookies, under Analytics and Tag Manager both).
  const allowed = Object.values(config.services).filter((s) => state.services[s.key]);
  const spared = { cookies: allowed.flatMap((s) => s.cookies), storage: allowed.flatMap((s) => s.storage) };
  for (const key of services) {
    const service = config.services[key];
    if (service) erase({ cookies: service.cookies, storage: service.storage, spared }, scope);
  }
  if (!previous) return;
  const detail: ReloadSuggestedDetail = { categories: withdrawn(previous.categories, state.categories), services };
  if (options.reloadOnWithdraw === 'ask') win.dispatchEvent(new CustomEvent(RELOAD_SUGGESTED, { detail }));
  // After the other listeners (Consent Mode update, records) have had their turn.
  else if (options.reloadOnWithdraw === 'always') win.setTimeout(() => win.location.reload(), 0);
}

/** Storage can throw on access (sandboxed frames, blocked site data). */
function storage(win: Window, name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return win[name];
  } catch {
    return null;
  }
}
