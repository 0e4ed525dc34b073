/**
 * `config.ui`, validated once. UI options are presentation only, so a wrong value
 * does not fail the whole consent closed: it is reported in the core's error style
 * and replaced by a safe default (the banner still shows, Reject still works).
 * Kept free of the widget's texts and Preact: the script-tag loader uses it too.
 */
import { IssueList, isPlainObject, LANG_TAG } from '../core/checks';
import type { Logger } from '../core/log';
import type { ResolvedConfig } from '../core/resolved-config';
import type { Messages } from './i18n/en';

export const LAYOUTS = ['bar', 'box', 'modal'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const FLOATING_POSITIONS = ['bottom-left', 'bottom-right'] as const;
const KEYS = ['layout', 'theme', 'floatingButton', 'texts', 'languageSwitch', 'chunkBase'];

export interface UiOptions {
  /** `bar` (bottom, full width), `box` (corner), or `modal` (blocking; Reject stays on the first layer). Default `bar`. */
  layout: (typeof LAYOUTS)[number];
  /** `auto` follows `prefers-color-scheme`. Default `auto`. */
  theme: (typeof THEMES)[number];
  /** A small button to reopen the settings on every page, or `false`. Default `false`. */
  floatingButton: false | (typeof FLOATING_POSITIONS)[number];
  /** Text overrides per language: `{ en: { acceptAll: 'OK, all' } }`. Default `{}`. */
  texts: Readonly<Record<string, Partial<Messages>>>;
  /** Let visitors switch between `language.available`. Default `true` when more than one. */
  languageSwitch: boolean;
  /** Where the script-tag build fetches its chunks from: the URL of `consentry.js`, or of its folder ending in `/`: an http(s) URL, or a path starting with `/` or `.` (relative to the page). Default: where `consentry.js` was loaded from. */
  chunkBase: string | undefined;
}

export function resolveUiOptions(config: ResolvedConfig, log: Logger): UiOptions {
  const raw = config.ui;
  const v = new IssueList();
  v.object('ui', raw, KEYS);
  const pick = <T>(key: string, ok: (value: unknown) => boolean, fallback: T): T => {
    const value = raw[key];
    return value !== undefined && ok(value) ? (value as T) : fallback;
  };
  const options: UiOptions = {
    layout: pick('layout', (x) => v.oneOf('ui.layout', x, LAYOUTS), 'bar'),
    theme: pick('theme', (x) => v.oneOf('ui.theme', x, THEMES), 'auto'),
    floatingButton: pick(
      'floatingButton',
      (x) => x === false || (typeof x === 'string' && (FLOATING_POSITIONS as readonly string[]).includes(x)) || v.add('ui.floatingButton', x, `false or one of ${FLOATING_POSITIONS.map((p) => `"${p}"`).join(', ')}`),
      false,
    ),
    texts: pick('texts', (x) => checkTexts(v, x), {}),
    languageSwitch: pick('languageSwitch', (x) => v.boolean('ui.languageSwitch', x), config.language.available.length > 1),
    // The boot file takes only these (src/browser/boot.ts): never a data:, blob: or javascript: URL.
    chunkBase: pick('chunkBase', (x) => v.string('ui.chunkBase', x, /^(https?:|[./])/i, 'an http(s) URL, or a path starting with "/" or "."'), undefined),
  };
  for (const issue of v.issues) log.error(`config.${issue.path}: got ${issue.value}; expected ${issue.expected}. Using the default.`);
  return options;
}

/** The shape only; the widget checks the text names against its own list (see `checkTextKeys`). */
function checkTexts(v: IssueList, value: unknown): boolean {
  if (!isPlainObject(value)) return v.add('ui.texts', value, 'an object of texts by language, such as { "en": { "acceptAll": "…" } }');
  let ok = true;
  for (const [lang, texts] of Object.entries(value)) {
    if (!LANG_TAG.test(lang)) ok = v.add(`ui.texts.${lang}`, texts, 'a language tag such as "en", "ru" or "hi" as the key');
    else if (!isPlainObject(texts)) ok = v.add(`ui.texts.${lang}`, texts, 'an object of texts by name');
    else {
      for (const [name, text] of Object.entries(texts)) {
        if (typeof text !== 'string' || text.trim() === '') ok = v.add(`ui.texts.${lang}.${name}`, text, 'a non-empty string');
      }
    }
  }
  return ok;
}
