import type { Logger } from '../core/log';
import type { UiOptions } from './options';

/**
 * The text overrides, as the widget uses them. Their names are checked with the config
 * (`TEXT_NAMES` in core/ui-spec.ts) before any widget exists, so nothing is left to drop here.
 */
export function checkTextKeys(texts: UiOptions['texts'], log?: Logger): UiOptions['texts'] {
  void log;
  return texts;
}
