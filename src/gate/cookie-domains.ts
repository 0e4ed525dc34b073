import type { CookieJar } from './cookie-jar';

const PROBE = 'consentry_probe';
const EXPIRED = 'expires=Thu, 01 Jan 1970 00:00:00 GMT';

/**
 * The registrable domain of `host` (`shop.co.uk` for `www.shop.co.uk`), found without
 * shipping the Public Suffix List: a browser refuses a cookie whose domain is a public
 * suffix, so the shortest parent that accepts a test cookie is the registrable one.
 * Never "the last two labels", which is wrong for `.co.uk`, `.com.ru`, `.msk.ru`.
 * `null` for IP addresses, single-label hosts, or when cookies are refused altogether.
 */
export function registrableDomain(host: string, jar: CookieJar): string | null {
  if (isAddress(host)) return null;
  const labels = host.split('.');
  for (let i = labels.length - 2; i >= 0; i--) {
    const domain = labels.slice(i).join('.');
    if (accepts(jar, domain)) return domain;
  }
  return null;
}

/**
 * Every domain a tracker may have set a cookie on, seen from `host`: the host itself and
 * each parent up to the registrable domain, plus the site's configured cookie domain.
 * Ordered host first.
 */
export function cookieDomains(host: string, jar: CookieJar, configured?: string): string[] {
  const out = [host];
  const top = registrableDomain(host, jar);
  if (top) {
    const labels = host.split('.');
    for (let i = 1; i < labels.length; i++) {
      const domain = labels.slice(i).join('.');
      out.push(domain);
      if (domain === top) break;
    }
  }
  const own = configured?.replace(/^\./, '');
  if (own && !out.includes(own) && host.endsWith(`.${own}`)) out.push(own);
  return out.filter((d, i) => out.indexOf(d) === i);
}

function accepts(jar: CookieJar, domain: string): boolean {
  const value = Math.random().toString(36).slice(2, 10);
  jar.write(`${PROBE}=${value}; domain=${domain}; path=/; SameSite=Lax`);
  const ok = jar.read().split(';').some((pair) => pair.trim() === `${PROBE}=${value}`);
  if (ok) jar.write(`${PROBE}=; domain=${domain}; path=/; ${EXPIRED}`);
  return ok;
}

function isAddress(host: string): boolean {
  return host.includes(':') || /^[\d.]+$/.test(host) || !host.includes('.');
}
