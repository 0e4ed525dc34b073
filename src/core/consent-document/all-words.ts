import * as en from './texts-en';
import * as hi from './texts-hi';
import * as ru from './texts-ru';
import type { DocWords } from './words';
import { shippedLanguage } from '../shipped-language';

const WORDS: Readonly<Record<string, DocWords>> = { en, ru, hi };

/** Every shipped language's words at hand: for the site's server, which may publish any of them. */
export function wordsFor(lang: string): DocWords {
  return WORDS[shippedLanguage(lang)]!;
}
