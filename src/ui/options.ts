/**
 * `config.ui` with its defaults. Its rules are the config's (core/ui-spec.ts), checked with the
 * rest before any widget exists. Kept free of the widget's texts and Preact: the script-tag
 * loader uses it too.
 */
import type { Logger } from '../core/log';
import type { ResolvedConfig } from '../core/resolved-config';
import type { UiTexts } from '../core/types';
import type { FLOATING_POSITIONS, LAYOUTS, THEMES } from '../core/ui-spec';

/** `config.ui` with its defaults applied (the documented options: `UiConfig` in types.ts). */
export interface UiOptions {
  layout: (typeof LAYOUTS)[number];
  theme: (typeof THEMES)[number];
  floatingButton: false | (typeof FLOATING_POSITIONS)[number];
  texts: Readonly<Record<string, UiTexts>>;
  languageSwitch: boolean;
  chunkBase: string | undefined;
}

/**
 * The options with defaults. The config has passed its checker whole (ui included) before any
 * instance exists, so there is nothing left to report: `log` stays in the signature the widget
 * chunk's callers use.
 */
export function resolveUiOptions(config: Pick<ResolvedConfig, 'ui' | 'language'>, log?: Logger): UiOptions {
  void log;
  const ui = config.ui;
  return {
    layout: ui.layout ?? 'bar',
    theme: ui.theme ?? 'auto',
    floatingButton: ui.floatingButton ?? false,
    texts: ui.texts ?? {},
    languageSwitch: ui.languageSwitch ?? config.language.available.length > 1,
    chunkBase: ui.chunkBase,
  };
}
