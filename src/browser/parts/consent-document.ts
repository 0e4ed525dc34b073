// The consent to processing as its own document (152-FZ): what the records' hash and the dialog
// need, fetched only by a site whose law asks for the document. Its words are a chunk per
// language, whose entries this chunk brings to the loader: a visitor downloads the words of the
// language they decide or read in.
import type { DocumentBuilder } from '../../core/consent-document/build';
import { buildConsentDocument } from '../../core/consent-document/build';
import { consentTextId } from '../../core/consent-document/text-id';
import type { DocWords } from '../../core/consent-document/words';
import type { ResolvedConfig } from '../../core/resolved-config';
import { shippedLanguage } from '../../core/shipped-language';
import type { LoadPart } from '../part-loader';

/** The words that write the document in `lang` (English for a language not shipped), fetched once. */
export function wordsIn(lang: string, load: LoadPart): Promise<DocWords> {
  return load(`document-words-${shippedLanguage(lang)}`);
}

/** What a record's `consentText` holds for a decision in `lang`. */
export function textIdIn(config: ResolvedConfig, lang: string, load: LoadPart): Promise<string> {
  return wordsIn(lang, load).then((words) => consentTextId(config, lang, words));
}

/** The dialog's builder, in the words of `lang`. */
export function builderIn(lang: string, load: LoadPart): Promise<DocumentBuilder> {
  return wordsIn(lang, load).then((words) => ({ buildConsentDocument: (config, l) => buildConsentDocument(config, l, words) }));
}
