/**
 * The consent document in one language for an npm site: its code is a lazy chunk (fetched only
 * by a site whose law asks for the document), and each language's words another, fetched when a
 * visitor decides or reads in that language.
 */
import type { ResolvedConfig } from '../resolved-config';
import { shippedLanguage } from '../shipped-language';
import type { DocumentBuilder } from './build';
import { buildConsentDocument } from './build';
import { consentTextId } from './text-id';
import type { DocWords } from './words';

const WORDS: Readonly<Record<string, () => Promise<DocWords>>> = {
  en: () => import('./texts-en'),
  ru: () => import('./texts-ru'),
  hi: () => import('./texts-hi'),
};

/** The words that write the document in `lang` (English for a language not shipped). */
const wordsIn = (lang: string) => WORDS[shippedLanguage(lang)]!();

/** What a record's `consentText` holds for a decision in `lang`. */
export function textIdIn(config: ResolvedConfig, lang: string): Promise<string> {
  return wordsIn(lang).then((words) => consentTextId(config, lang, words));
}

/** The dialog's builder, in the words of `lang`. */
export function builderIn(lang: string): Promise<DocumentBuilder> {
  return wordsIn(lang).then((words) => ({ buildConsentDocument: (config, l) => buildConsentDocument(config, l, words) }));
}
