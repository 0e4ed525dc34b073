/** The language the widget ships that writes `lang`: its own (en, ru, hi), else English. */
export function shippedLanguage(lang: string): 'en' | 'ru' | 'hi' {
  return (/^(ru|hi)\b/.exec(lang)?.[0] as 'ru' | 'hi' | undefined) ?? 'en';
}
