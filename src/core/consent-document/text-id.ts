import type { ResolvedConfig } from '../resolved-config';
import { sha256 } from '../sha256';
import { buildConsentDocument } from './build';
import { documentText } from './render';
import type { DocWords } from './words';

/**
 * What a record's `consentText` holds: the SHA-256 (hex) of the document's text in `lang`, in
 * `words` (that language's: see words.ts). The
 * whole hash, not a prefix: it is proof of which text was agreed to, and a short one could be
 * matched by another text made to fit it (64 bits fall to a birthday search); 64 characters a
 * record cost nothing next to that.
 */
export function consentTextId(config: ResolvedConfig, lang: string, words: DocWords): string {
  return sha256(documentText(buildConsentDocument(config, lang, words)));
}
