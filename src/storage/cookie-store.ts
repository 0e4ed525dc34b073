import Cookies from 'js-cookie';
import type { ChoiceStore } from './store';

export interface CookieStoreOptions {
  name: string;
  path: string;
  domain?: string | undefined;
  sameSite: 'Lax' | 'Strict' | 'None';
  secure: boolean;
}

/**
 * The consent cookie. Attributes are fixed once, so a write can never drift from a remove. It
 * reads with `read`, as the instance does (`readCookie`: of several copies, the latest decision;
 * handed in, so the decisions' chunk does not carry a second copy of it), and a write
 * or a remove first expires the copies a former `cookie.domain` or `cookie.path` left, so the
 * browser holds one: else the old copy would be read on a page of a sibling host or path.
 */
export function cookieStore(options: CookieStoreOptions, read: () => string | undefined): ChoiceStore {
  const attributes = {
    path: options.path,
    sameSite: options.sameSite,
    secure: options.secure,
    ...(options.domain ? { domain: options.domain } : {}),
  };
  const cookies = Cookies.withAttributes(attributes);
  const removeOthers = () => {
    // None here (a first decision): nothing to expire that this page could read.
    if (read() === undefined) return;
    for (const [domain, path] of otherPlaces(location, options.domain, options.path)) Cookies.remove(options.name, { path, ...(domain ? { domain } : {}) });
  };
  return {
    read,
    write: (value, lifetimeDays) => {
      removeOthers();
      cookies.set(options.name, value, { expires: lifetimeDays });
    },
    remove: () => {
      removeOthers();
      cookies.remove(options.name);
    },
  };
}

/**
 * Where else this page could have a cookie of ours: host-only or on each parent domain of its
 * host, at its path or any above it; not where we write now. (A cookie on another branch
 * of the site's paths is not sent to this page, so it cannot be read here either.)
 */
export function otherPlaces({ hostname, pathname }: Pick<Location, 'hostname' | 'pathname'>, domain: string | undefined, path: string): Array<[string | undefined, string]> {
  const labels = hostname.split('.');
  // An IP address or a single label has no parent domains.
  const domains = /^[\d.]+$|:/.test(hostname) || labels.length < 2 ? [] : labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  const paths = ['/', ...pathname.split('/').slice(1).map((_, i, parts) => `/${parts.slice(0, i + 1).join('/')}`)];
  const ours = domain?.replace(/^\./, '').toLowerCase();
  const places: Array<[string | undefined, string]> = [];
  for (const d of [undefined, ...domains]) for (const p of new Set([...paths, path])) if (d !== ours || p !== path) places.push([d, p]);
  return places;
}
