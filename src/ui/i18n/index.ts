import type { Messages } from './en';
import { en } from './en';
import { hi } from './hi';
import { ru } from './ru';

export type { Messages, MessageKey } from './en';

/** Languages the widget ships texts for. */
export const BUILT_IN: Readonly<Record<string, Messages>> = { en, ru, hi };

/** Per-language text overrides from `config.ui.texts`. */
export type TextOverrides = Readonly<Record<string, Partial<Messages>>>;

export interface ChosenTexts {
  /** The language the texts are really in: the widget's `lang` attribute. */
  lang: string;
  messages: Messages;
}

/**
 * The texts for `locale`: the built-in language (exact tag, else its primary
 * language) with the site's overrides on top. A language the widget does not ship
 * is used only when the site gave every text for it; otherwise English, so the
 * `lang` attribute always matches what is shown (WCAG 3.1.1).
 */
export function chooseTexts(locale: string, overrides: TextOverrides = {}): ChosenTexts {
  const primary = locale.split('-')[0]!.toLowerCase();
  const builtIn = BUILT_IN[locale] ?? BUILT_IN[primary];
  const own = overrides[locale] ?? overrides[primary] ?? {};
  if (builtIn) return { lang: locale, messages: { ...builtIn, ...own } };
  if (Object.keys(en).every((key) => typeof (own as Record<string, unknown>)[key] === 'string')) {
    return { lang: locale, messages: own as Messages };
  }
  return { lang: 'en', messages: { ...en, ...(overrides.en ?? {}) } };
}

/** Fills `{name}` placeholders; unknown names stay visible so a typo in an override shows. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
