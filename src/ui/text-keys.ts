import { isPlainObject } from '../core/checks';
import type { Logger } from '../core/log';
import { shippedLanguage } from '../core/shipped-language';
import { shownLanguage } from '../core/shown-language';
import type { Finding } from '../core/spec';
import type { ConsentryConfig } from '../core/types';
import { TEXT_NAMES } from '../core/ui-spec';
import { d } from './i18n/dialog-en';
import { t } from './i18n/en';
import { chooseTexts, placeholders } from './i18n/pack';
import { dialogTextsShown } from './i18n/opt-out-texts';
import { OPT_OUT_LAWS } from '../core/laws/opt-out';
import type { MessageKey } from './i18n/messages';
import type { UiOptions } from './options';

type Missing = Exclude<MessageKey, (typeof TEXT_NAMES)[number]>;
/** Fails to compile while a text of `i18n/en.ts` or `i18n/dialog-en.ts` has no name in `TEXT_NAMES` (core/ui-spec.ts). */
export const TEXT_NAMES_COMPLETE: [Missing] extends [never] ? true : Missing = true;

/**
 * The text overrides, as the widget uses them. Their names are checked with the config
 * (`TEXT_NAMES` in core/ui-spec.ts) before any widget exists, so nothing is left to drop here.
 */
export function checkTextKeys(texts: UiOptions['texts'], log?: Logger): UiOptions['texts'] {
  void log;
  return texts;
}

/**
 * An override whose placeholders are not its English text's (`{companies}` for `{recipients}`,
 * or none where the line must name someone): a warning, not an error. The widget shows the
 * shipped text for that key instead (`chooseTexts`), so the visitor still reads a true line and
 * the site keeps running; failing the whole config closed would cost the visitor nothing but the
 * site its banner. The placeholders come from the English packs themselves (every language has
 * the same ones), so they cannot drift; this runs where the words are at hand (`validateConfig`,
 * `consentry check`), not in the first visit's checker, which carries none.
 */
export function placeholderWarnings(texts: unknown): Finding[] {
  const english: Readonly<Record<string, string>> = { ...t, ...d };
  const out: Finding[] = [];
  if (!isPlainObject(texts)) return out;
  for (const [lang, own] of Object.entries(texts)) {
    for (const [key, value] of Object.entries(isPlainObject(own) ? own : {})) {
      const expected = english[key];
      if (typeof expected === 'string' && typeof value === 'string' && placeholders(value) !== placeholders(expected)) out.push({ path: ['ui', 'texts', lang, key], code: 'placeholders', args: [expected.match(/\{\w+\}/g)?.sort() ?? []], warn: true });
    }
  }
  return out;
}

/**
 * A language the widget does not ship (`ui.texts.de`), offered to visitors, without every text:
 * a warning, not an error. `chooseTexts` shows such a language only when complete (the widget's
 * `lang` must match its words, WCAG 3.1.1), else English, which the site would not notice: a
 * pack written before the dialog gained a text now gives an English dialog. What each part needs
 * is `chooseTexts`'s own rule, asked one text at a time with the English packs it gets for such
 * a language: the first layer's (en.ts) for the banner and the notices, those and the dialog's
 * (dialog-en.ts) for the dialog (dialog/show.tsx). So a text whose placeholders differ (its own
 * warning above) counts as missing. A language offered with no texts at all (neither shipped nor
 * in `ui.texts`) is shown in English whole, and recorded so: warned at the place that offers it.
 * Only for a valid config, and only here (`consentry check`, `validateConfig`), as the others: the
 * visitor still reads a true banner and the record names what they read, so every first visit
 * need not carry this check for a developer's console.
 */
export function languageWarnings(config: ConsentryConfig): Finding[] {
  const texts = config.ui?.texts;
  const { default: fallback = 'en', available = [], force } = config.language ?? {};
  const out: Finding[] = [];
  const seen = new Set<string>();
  // An opt-in site's dialog never shows the opt-out texts, so it does not need them (dialog/show.tsx).
  const optOut = [config.policy?.laws].flat().some((law) => OPT_OUT_LAWS.includes(law as never));
  // Every language a visitor can be given, where the config offers it: forced, the default, or
  // matched from `available`.
  const offered: Array<[Finding['path'], string | undefined]> = [[['language', 'force'], force], [['language', 'default'], fallback], ...available.map((l, i): [Finding['path'], string] => [['language', 'available', i], l])];
  const named = new Set<string>();
  for (const [path, locale] of offered) {
    if (!locale || named.has(locale)) continue;
    named.add(locale);
    // One with no texts at all is shown, and recorded, in English (core/shown-language.ts).
    if (shownLanguage(locale, texts) !== locale) {
      out.push({ path, code: 'noTexts', warn: true });
      continue;
    }
    if (!texts) continue;
    const primary = locale.split('-')[0]!;
    const pack = shippedLanguage(locale);
    // The site's texts as `chooseTexts` picks them: the tag's own, else its primary language's.
    const lang = texts[locale] ? locale : primary;
    if (pack === primary || !texts[lang] || seen.has(lang)) continue;
    seen.add(lang);
    const lacking = (english: Readonly<Record<string, string>>) => Object.keys(english).filter((key) => chooseTexts(locale, pack, { [key]: english[key] }, texts).lang !== locale);
    const [banner, dialog] = [lacking(t), lacking(dialogTextsShown(d, optOut) as Record<string, string>)];
    if (banner.length || dialog.length) out.push({ path: ['ui', 'texts', lang], code: 'textsIncomplete', args: [banner, dialog], warn: true });
  }
  return out;
}
