import { cookieValue } from '../core/cookie-header';

/**
 * Reads the consent cookie without js-cookie (which only decisions need, to write), as a server's
 * `readConsent` reads the `Cookie` header: of several copies, the last decision (core/cookie-header.ts).
 */
export function readCookie(name: string): string | undefined {
  return cookieValue(document.cookie, name, Date.now());
}

/** Every cookie of that name, as the page has them: what a returning page's plan is made for (browser/plan.ts): two of one name, or a changed one, and the core reads them. */
export function cookieSet(name: string): string {
  return document.cookie
    .split('; ')
    .filter((pair) => pair.startsWith(`${name}=`))
    .join('; ');
}
