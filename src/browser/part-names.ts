import { shippedLanguage } from '../core/shipped-language';
import type { PartName } from './part-loader';

/** The texts part of a language: one the widget ships, else English (with the site's own texts if complete). */
export function textsPart(lang: string, dialog?: boolean): PartName {
  return `${dialog ? 'dialog-' : ''}texts-${shippedLanguage(lang)}`;
}

/** The resolver of a config checked ahead (`data-config-checked`), in the chunk with the banner and the texts of `lang`. */
export function checkedPart(lang: string): PartName {
  return `checked-${shippedLanguage(lang)}`;
}
