import type { LocalizedText } from './types';

/** The text in `locale`, else its primary language, else `fallback`, else the first one given. */
export function pickText(text: LocalizedText, locale: string, fallback: string): string {
  if (typeof text === 'string') return text;
  const primary = locale.split('-')[0]!;
  return text[locale] ?? text[primary] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}
