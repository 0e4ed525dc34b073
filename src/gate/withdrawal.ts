import type { Consent, ConsentState } from '../core/types';
import { cookieDomains } from './cookie-domains';
import { documentJar } from './cookie-jar';
import type { EraseScope } from './erase';
import { cookiePaths, erase } from './erase';
import type { ReloadOnWithdraw } from './gating-options';

export const RELOAD_SUGGESTED = 'consentry:reload-suggested';

export interface ReloadSuggestedDetail {
  /** Categories that went from granted to refused. */
  categories: string[];
  /** Services that went from granted to refused (those of the categories included). */
  services: string[];
}

/** Keys granted before and not any more. */
export function withdrawn(previous: Readonly<Record<string, boolean>>, next: Readonly<Record<string, boolean>>): string[] {
  return Object.keys(previous).filter((key) => previous[key] === true && next[key] !== true);
}

/**
 * Withdrawal takes effect at once (GUIDE 'Choices'): the withdrawn services' cookies are erased
 * on this host and every parent up to the registrable domain, their storage keys cleared, and
 * since running third-party code cannot be unloaded, a reload is offered (or done).
 * A returning visitor's refused services are cleaned at start too: a refusal means none of their cookies.
 * Consent Mode and the Metrica flag are the integrations' part, on the same change event.
 */
export function startWithdrawalCleanup(consent: Consent, reload: ReloadOnWithdraw, win: Window): () => void {
  const config = consent.config!;
  const jar = documentJar(win.document);
  let domains: string[] | undefined;
  const scope: EraseScope = {
    jar,
    // Probed on first need only: most page loads erase nothing.
    domains: () => (domains ??= cookieDomains(win.location.hostname, jar, config.cookie.domain)),
    paths: cookiePaths(win.location.pathname, config.cookie.path),
    secure: win.location.protocol === 'https:',
    storages: [storage(win, 'localStorage'), storage(win, 'sessionStorage')],
  };
  const eraseServices = (keys: string[]) => {
    for (const key of keys) {
      const service = config.services[key];
      if (service) erase({ cookies: service.cookies, storage: service.storage }, scope);
    }
  };

  const start = consent.state;
  if (start.decided) eraseServices(Object.keys(start.services).filter((key) => !start.services[key]));

  return consent.on('change', ({ state, previous }: { state: ConsentState; previous: ConsentState }) => {
    const detail: ReloadSuggestedDetail = { categories: withdrawn(previous.categories, state.categories), services: withdrawn(previous.services, state.services) };
    if (detail.categories.length === 0 && detail.services.length === 0) return;
    eraseServices(detail.services);
    if (reload === 'ask') win.dispatchEvent(new CustomEvent(RELOAD_SUGGESTED, { detail }));
    // After the other listeners (Consent Mode update, records) have had their turn.
    else if (reload === 'always') win.setTimeout(() => win.location.reload(), 0);
  });
}

/** Storage can throw on access (sandboxed frames, blocked site data). */
function storage(win: Window, name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return win[name];
  } catch {
    return null;
  }
}
