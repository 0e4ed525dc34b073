import { shippedLanguage } from './shipped-language';

/**
 * The language the widget shows a visitor of `locale` in: it, when the widget ships it or the site
 * gave texts in it (`ui.texts`, by its tag or its primary language), else English, as the widget
 * picks its texts (`chooseTexts`, ui/i18n/pack.ts). This is `consent.locale`, so a record names
 * the language the visitor read, not one asked for that nothing was written in (`language.force:
 * 'fr'` and no French texts: an English banner, recorded as `en`). Texts given but not all of
 * them count here: the widget shows English until it has them, and the checker says so
 * (`textsIncomplete`, ui/text-keys.ts).
 */
export function shownLanguage(locale: string, texts: Readonly<Record<string, unknown>> | undefined): string {
  const primary = locale.split('-')[0]!;
  return shippedLanguage(locale) == primary || texts?.[locale] || texts?.[primary] ? locale : 'en';
}
