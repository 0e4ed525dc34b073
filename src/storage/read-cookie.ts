import { decodeChoice } from '../core/choice-format';

/**
 * Reads the consent cookie without js-cookie (which only decisions need, to write): our value
 * uses only characters js-cookie leaves unescaped, so its raw text is what js-cookie would return.
 * Anything else (a %-escape, a value another script wrote) fails the decoder: ask again.
 *
 * A browser can hold several cookies of one name (a config that gained `cookie.domain` or a new
 * `cookie.path` leaves the old one) and lists the oldest first: the one to read is the last
 * decision, else a withdrawal made under the new settings would read as the grant before it.
 */
export function readCookie(name: string): string | undefined {
  let found: string | undefined;
  for (const pair of document.cookie.split('; ')) if (pair.startsWith(`${name}=`) && (found === undefined || time(pair) > time(found))) found = pair;
  return found?.slice(name.length + 1);
}

/** When the decision in a cookie (`name=value`) was made; not one: -1. */
const time = (pair: string) => decodeChoice(pair.slice(pair.indexOf('=') + 1), Date.now())?.updatedAt ?? -1;

/** Every cookie of that name, as the page has them: what a returning page's plan is made for (browser/plan.ts): two of one name, or a changed one, and the core reads them. */
export function cookieSet(name: string): string {
  return document.cookie
    .split('; ')
    .filter((pair) => pair.startsWith(`${name}=`))
    .join('; ');
}
