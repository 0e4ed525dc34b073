import type { Messages } from '../i18n';

export interface LanguageChoice {
  lang: string;
  /** The language's name in itself ("Русский", "हिन्दी"), so a visitor finds their own. */
  name: string;
}

export function LanguageSelect({ id, t, current, languages, onChange }: { id: string; t: Messages; current: string; languages: LanguageChoice[]; onChange: (lang: string) => void }) {
  if (languages.length < 2) return null;
  return (
    <>
      <label class="sr" for={id}>
        {t.language}
      </label>
      <select id={id} value={current} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {languages.map((l) => (
          <option key={l.lang} value={l.lang} lang={l.lang}>
            {l.name}
          </option>
        ))}
      </select>
    </>
  );
}

/** Each shipped language's own name; Intl.DisplayNames (slow to build: a long task on slow phones) for others. */
const OWN_NAMES: Record<string, string> = { en: 'English', ru: 'Русский', hi: 'हिन्दी' };

export function languageName(lang: string): string {
  if (OWN_NAMES[lang]) return OWN_NAMES[lang];
  try {
    const name = new Intl.DisplayNames([lang, 'en'], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}
