import type { ResolvedConfig } from '../core/resolved-config';
import type { TextOverrides } from './i18n/pack';
import { OWN_NAMES } from './i18n/language-name';

/**
 * `config.ui` as the parts use it: each option, else its default. The config's checker reports
 * a wrong value (options.ts); here it just falls back, so the banner always shows.
 */
export function uiConfig(config: ResolvedConfig) {
  const ui = config.ui as { layout?: string; theme?: string; texts?: TextOverrides; languageSwitch?: boolean };
  const texts = ui.texts;
  return {
    layout: (/^(box|modal)$/.test(ui.layout!) ? ui.layout : 'bar') as 'bar' | 'box' | 'modal',
    theme: /^(light|dark)$/.test(ui.theme!) ? ui.theme! : 'auto',
    texts,
    /** The languages to offer: those the widget ships, or the site gave texts for. */
    languages: ui.languageSwitch !== false ? config.language.available.filter((l) => OWN_NAMES[l] || texts?.[l]) : [],
  };
}
