import type { Logger } from '../core/log';
import { en } from './i18n/en';
import type { UiOptions } from './options';

/**
 * Reports text overrides whose name the widget does not know (a typo would
 * otherwise be silently ignored) and drops them.
 */
export function checkTextKeys(texts: UiOptions['texts'], log: Logger): UiOptions['texts'] {
  const known = Object.keys(en);
  const out: Record<string, Record<string, string>> = {};
  for (const [lang, entries] of Object.entries(texts)) {
    out[lang] = {};
    for (const [name, text] of Object.entries(entries)) {
      if (known.includes(name)) out[lang]![name] = text as string;
      else log.error(`config.ui.texts.${lang}.${name}: got ${JSON.stringify(text)}; expected a known text name, such as "acceptAll", "rejectAll" or "bannerTitle" (all names: README, "The widget"). Ignored.`);
    }
  }
  return out;
}
