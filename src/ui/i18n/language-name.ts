/** Each shipped language's own name, so a visitor finds theirs; Intl.DisplayNames (slow to build) only for others. */
export const OWN_NAMES: Readonly<Record<string, string>> = { en: 'English', ru: 'Русский', hi: 'हिन्दी' };

export function languageName(lang: string): string {
  try {
    return OWN_NAMES[lang] ?? new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
