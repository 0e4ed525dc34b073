import { stateFrom, unstartedState } from './choice';
import { decodeChoice } from './choice-format';
import { checkedConfig } from './checked-config';
import { cookieValue } from './cookie-header';
import { knownServices } from './known-services';
import type { ConsentPlugin, ConsentState, ConsentryConfig } from './types';

/**
 * Where the visitor's choice comes from on a server: the request's `Cookie` header as a string
 * (`req.headers.cookie`, `request.headers.get('cookie')`), or `{ value }`: the consent cookie's
 * value when only a framework's parsed cookies are at hand (`cookies().get('consentry')?.value`);
 * the header is better: a parsed value is one copy of several, maybe %-decoded, not the page's.
 */
export type ConsentCookie = string | null | undefined | { readonly value: string | null | undefined };

export interface ReadConsentOptions {
  /** The plugins the page starts with, when the config's categories list their services; only their `services` are read. Default none. A config's `integrations` (the script tag's) bring theirs without. */
  plugins?: readonly Pick<ConsentPlugin, 'services'>[] | undefined;
  /** The request carried Global Privacy Control (`Sec-GPC: 1`). Default `false`. */
  gpc?: boolean | undefined;
  /** Clock (ms since epoch). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/**
 * The consent state a page would compute for this cookie, computed on the server so it can render
 * the visitor's real state at once (a granted embed, a skipped tag). The same decoder and the same
 * rules as the browser: a missing, corrupted, forged, oversized or expired cookie, a changed policy
 * revision, a category added since or a service added since to a granted category are all 'not
 * decided', with everything optional refused. An invalid config gives what the browser's
 * fail-closed instance has (only `necessary`); it never throws. One difference a server cannot
 * avoid: under GPC a page also stores the refusal of a GPC category granted before, so there
 * `updatedAt` becomes that moment; the grants are the same.
 *
 * ```ts
 * const state = readConsent(req.headers.cookie, config, { gpc: req.headers['sec-gpc'] === '1' });
 * if (state.categories.analytics) html += analyticsTag;
 * ```
 */
export function readConsent(cookie: ConsentCookie, config: ConsentryConfig, options: ReadConsentOptions = {}): ConsentState {
  const gpc = options.gpc === true;
  try {
    // The checker without its words (explain.ts): a wrong config is told by the browser's instance.
    const resolved = checkedConfig(config, knownServices(config, options.plugins)).config;
    if (resolved) {
      const now = (options.now ?? Date.now)();
      // The copy the page reads of several sent (cookie-header.ts); a parsed `{ value }` is one the framework chose.
      // Browsers join pairs with "; "; other clients may leave out the space or add a tab (RFC 6265 §5.4 and §4.2.1 differ).
      const raw = typeof cookie === 'object' && cookie !== null ? cookie.value : typeof cookie === 'string' ? cookieValue(cookie.replace(/;[ \t]*/g, '; '), resolved.cookie.name, now) : undefined;
      return stateFrom(decodeChoice(raw, now), resolved, now, resolved.gpc.honour && gpc);
    }
  } catch {
    // As createConsent: a config that cannot even be checked fails closed.
  }
  return unstartedState(gpc);
}
