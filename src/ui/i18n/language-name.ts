/** Each shipped language's own name, so a visitor finds theirs; another language (with the site's own texts) shows its code. */
export const OWN_NAMES: Readonly<Record<string, string>> = { en: 'English', ru: 'Русский', hi: 'हिन्दी' };

export function languageName(lang: string): string {
  return OWN_NAMES[lang] ?? lang;
}
