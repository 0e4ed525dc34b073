import type { Logger } from '../core/log';
import { TEXT_NAMES } from '../core/ui-spec';
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
