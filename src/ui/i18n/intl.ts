/**
 * Country names, lists and dates in the visitor's language, from the browser's
 * own Intl data: no country table ships with the widget. Each falls back to
 * something readable where Intl lacks the feature or the locale.
 */

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

interface ListFormatter {
  format(items: readonly string[]): string;
}

/** "A, B and C" in the visitor's language (Intl.ListFormat is ES2021, typed by hand here). */
export function joinList(items: readonly string[], locale: string): string {
  const ListFormat = (Intl as unknown as { ListFormat?: new (l: string[], o: object) => ListFormatter }).ListFormat;
  try {
    if (ListFormat) return new ListFormat([locale, 'en'], { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    // unknown locale: fall through
  }
  return items.join(', ');
}

export function longDate(ms: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat([locale, 'en'], { year: 'numeric', month: 'long', day: 'numeric' }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}
