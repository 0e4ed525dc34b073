/** "21 November 2026" in the visitor's language, for the dialog's "saved on". */
export function longDate(ms: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat([locale, 'en'], { year: 'numeric', month: 'long', day: 'numeric' }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}

/** `template` with its `{date}` filled by {@link longDate}. */
export function withDate(template: string, ms: number, locale: string): string {
  const date = longDate(ms, locale);
  // ru's long date ends with its own stop ("4 декабря 2026 г."): the sentence's would double it.
  return template.replace(/\{date\}\.?/, (m) => (date.endsWith('.') ? date : date + m.slice(6)));
}
