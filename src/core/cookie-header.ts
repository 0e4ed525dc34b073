import { decodeChoice } from './choice-format';

/**
 * The consent cookie's value in a cookie list: `document.cookie` in a page (storage/read-cookie.ts),
 * the request's `Cookie` header on a server (read-consent.ts), which is the same text, so both
 * read the same copy. Pairs split on `"; "`, the name and the value taken as sent, not unescaped as
 * js-cookie reads: ours use only characters js-cookie writes as they are (config-spec.ts checks the
 * name, encode-choice.ts writes the value), so a %-escape or quotes mean another writer, which the
 * decoder refuses: ask again. (Unescaped, `%7C` for `|` would be a decision to a server only.)
 *
 * A browser can send several cookies of one name (a config that gained `cookie.domain` or a new
 * `cookie.path` leaves the old one; a decision cannot expire a copy it cannot see) and lists the
 * longer path first, then the oldest: the one to read is the last decision (the latest `updatedAt`
 * that decodes; of equals, the first), else a withdrawal made under the new settings would read as
 * the grant before it. None decodes: the first. `undefined` when there is none.
 */
export function cookieValue(list: string, name: string, now: number): string | undefined {
  let found: string | undefined;
  // Another name: -2; ours but not a decision: -1, so the first such is kept only until one decodes.
  let latest = -2;
  for (const pair of list.split('; ')) {
    const value = pair.slice(name.length + 1);
    const time = pair.startsWith(`${name}=`) ? (decodeChoice(value, now)?.updatedAt ?? -1) : -2;
    if (time > latest) {
      found = value;
      latest = time;
    }
  }
  return found;
}
