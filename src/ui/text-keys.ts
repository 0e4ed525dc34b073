import { isPlainObject } from '../core/checks';
import type { Logger } from '../core/log';
import type { Finding } from '../core/spec';
import { TEXT_NAMES } from '../core/ui-spec';
import { d } from './i18n/dialog-en';
import { t } from './i18n/en';
import { placeholders } from './i18n/pack';
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
      if (typeof expected === 'string' && typeof value === 'string' && placeholders(value) !== placeholders(expected)) out.push({ path: ['ui', 'texts', lang, key], code: 'placeholders', args: [expected.match(/\{\w+\}/g) ?? []], warn: true });
    }
  }
  return out;
}
