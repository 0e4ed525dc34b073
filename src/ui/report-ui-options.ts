import type { Logger } from '../core/log';
import type { ConsentryConfig } from '../core/types';
import { resolveUiOptions } from './options';
import { checkTextKeys } from './text-keys';

/**
 * Tells every wrong `config.ui` value (and unknown text name) in the core's error style; never
 * fatal: the parts use each option's default instead, so the banner still shows.
 */
export function reportUiOptions(config: ConsentryConfig, log: Logger): void {
  const language = config.language ?? {};
  checkTextKeys(resolveUiOptions({ ui: config.ui ?? {}, language: { default: language.default ?? 'en', available: language.available ?? [], force: undefined } }, log).texts, log);
}
