import type { EmbedTextKey, GatingOptions } from './gating-options';

/** The placeholder's words by key and language (`{name}` is the provider or category), typed per language so a missing translation fails compilation instead of drifting. */
type Shipped = Record<EmbedTextKey, Record<'en' | 'ru' | 'hi', string>>;

export const EMBED_TEXTS: Shipped = {
  notice: {
    en: 'This content is from {name}, which may set cookies.',
    ru: 'Это содержимое от {name}. Этот сервис может устанавливать файлы cookie.',
    hi: 'यह सामग्री {name} से है, जो कुकी सेट कर सकता है।',
  },
  loadOnce: {
    en: 'Load it once',
    ru: 'Загрузить один раз',
    hi: 'एक बार लोड करें',
  },
  alwaysAllow: {
    en: 'Always allow {name}',
    ru: 'Всегда разрешать {name}',
    hi: '{name} को हमेशा अनुमति दें',
  },
};

/**
 * The text for `locale` (or its primary language), else English, with the language it is
 * really in, so the placeholder's `lang` matches its words.
 */
export function embedText(key: EmbedTextKey, locale: string, overrides: GatingOptions['texts']): { text: string; lang: string } {
  const primary = locale.split('-')[0]!;
  const override = overrides[key];
  if (typeof override === 'string') return { text: override, lang: locale };
  const shipped: Record<string, string> = EMBED_TEXTS[key];
  for (const lang of [locale, primary]) {
    const text = override?.[lang] ?? shipped[lang];
    if (text) return { text, lang };
  }
  return { text: override?.en ?? shipped.en!, lang: 'en' };
}
