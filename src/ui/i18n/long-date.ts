/** "21 November 2026" in the visitor's language, for the dialog's "saved on". */
export function longDate(ms: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat([locale, 'en'], { year: 'numeric', month: 'long', day: 'numeric' }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}
