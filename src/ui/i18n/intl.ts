import { knownCountryName } from './countries';

/**
 * Country names, lists and dates in the visitor's language, from the browser's
 * own Intl data: no country table ships with the widget. Each falls back to
 * something readable where Intl lacks the feature or the locale. Formatters are
 * cached: building one loads locale data and costs milliseconds each time.
 */

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T | undefined {
  if (!cache.has(key)) {
    try {
      cache.set(key, make());
    } catch {
      cache.set(key, undefined); // unknown locale or no support: remember the fallback too
    }
  }
  return cache.get(key) as T | undefined;
}

export function countryName(code: string, locale: string): string {
  const known = knownCountryName(code, locale);
  if (known) return known;
  const names = cached(`region:${locale}`, () => new Intl.DisplayNames([locale, 'en'], { type: 'region' }));
  try {
    return names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * "A, B, and C" with the language's own words and commas (`listPair`, `listLast`).
 * Not Intl.ListFormat: building one loads locale data and took ~80 ms of the
 * banner's first render at 4x CPU slowdown.
 */
export function joinList(items: readonly string[], t: { listPair: string; listLast: string }): string {
  if (items.length < 2) return items.join('');
  if (items.length === 2) return t.listPair.replace('{a}', items[0]!).replace('{b}', items[1]!);
  return t.listLast.replace('{rest}', items.slice(0, -1).join(', ')).replace('{last}', items[items.length - 1]!);
}

export function longDate(ms: number, locale: string): string {
  const dates = cached(`date:${locale}`, () => new Intl.DateTimeFormat([locale, 'en'], { year: 'numeric', month: 'long', day: 'numeric' }));
  return dates ? dates.format(ms) : new Date(ms).toISOString().slice(0, 10);
}
