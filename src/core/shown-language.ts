import { shippedLanguage } from './shipped-language';

/**
 * The language the widget tries for a visitor of `locale`: it, when the widget ships it or the site
 * gave texts in it (`ui.texts`, by its tag or its primary language), else English. This is
 * `consent.locale`, never one asked for that nothing was written in (`language.force: 'fr'` and no
 * French texts: an English banner, recorded as `en`). Texts given but not all of them count here:
 * which language a view is drawn in is `chooseTexts`'s rule alone (ui/i18n/pack.ts: English until
 * every text that view needs is given, which the checker names: `textsIncomplete`), and the widget
 * passes what it drew with each choice (`DecisionOptions.locale`), so the record says what was read.
 */
export function shownLanguage(locale: string, texts: Readonly<Record<string, unknown>> | undefined): string {
  const primary = locale.split('-')[0]!;
  return shippedLanguage(locale) == primary || texts?.[locale] || texts?.[primary] ? locale : 'en';
}
