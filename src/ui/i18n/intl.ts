/**
 * Country names, lists and dates in the visitor's language. Country names come from the
 * language's own table (its texts part) and, for the rest, from the browser's Intl data:
 * building an Intl.DisplayNames took ~90 ms of the banner's first render at 4x CPU slowdown
 * (a long task), so it is only built for a country the table lacks.
 */

import { NOT_STATED_COUNTRY } from '../../core/not-stated';

/** ISO 3166 "ZZ" (CLDR's unknown region): the policy does not say where. Never "abroad". */
export const NOT_STATED = NOT_STATED_COUNTRY;

const displayNames: Record<string, Intl.DisplayNames | null> = {};

export function countryName(code: string, lang: string, table: Readonly<Record<string, string>>, notStated: string): string {
  const upper = code.toUpperCase();
  if (upper === NOT_STATED) return notStated;
  if (table[upper]) return table[upper];
  try {
    return (displayNames[lang] ??= new Intl.DisplayNames([lang, 'en'], { type: 'region' })).of(upper) ?? code;
  } catch {
    return code;
  }
}

/**
 * "A, B and C" with the language's own words (`listPair`, `listLast`). When an item already
 * holds a comma or the word "and" ("name and surname"), the items are separated by
 * semicolons instead, so the list cannot read as "name and surname and email".
 * Not Intl.ListFormat: building one took ~80 ms of the first render at 4x CPU slowdown.
 */
export function joinList(items: readonly string[], t: { listPair: string; listLast: string }): string {
  const and = t.listPair.slice(3, -3); // " and " between {a} and {b}
  if (items.length > 1 && items.some((item) => item.includes(',') || item.includes(and))) return items.join('; ');
  if (items.length < 3) return items.length === 2 ? t.listPair.replace('{a}', items[0]!).replace('{b}', items[1]!) : items.join('');
  return t.listLast.replace('{rest}', items.slice(0, -1).join(', ')).replace('{last}', items[items.length - 1]!);
}
