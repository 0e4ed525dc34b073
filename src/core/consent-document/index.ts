/**
 * `consentDocument(config, { lang, format })`: the consent to processing as its own document, for
 * the site's server to publish at its own URL (`policy.consentUrl`, which the first layer then
 * links). The same text the dialog shows and whose SHA-256 every 152-FZ record carries.
 */
import { knownServices } from '../known-services';
import { matchLocale } from '../locale';
import { shownLanguage } from '../shown-language';
import type { ConsentPlugin, ConsentryConfig } from '../types';
import { formatIssues, validateConfig } from '../validate';
import { wordsFor } from './all-words';
import { buildConsentDocument } from './build';
import { documentHtml, documentText } from './render';

export interface ConsentDocumentOptions {
  /** Language of the document: one of `language.available` (`ru-RU` finds `ru`), or `en`; English, Russian and Hindi words are shipped, the config's texts in it. Another, or none: `language.default`. One the widget has no texts in (not shipped, not in `ui.texts`) is English, as the visitor reads it and the records say. */
  lang?: string | undefined;
  /** `text` (what the record's `consentText` hashes) or `html` (an `<article>` fragment). @default "text" */
  format?: 'text' | 'html' | undefined;
  /** The plugins the site passes to `createConsent`, when its categories list services they bring. */
  plugins?: readonly Pick<ConsentPlugin, 'services'>[] | undefined;
}

/** Throws on an invalid config (a server should fail loudly), with every problem listed. */
export function consentDocument(config: ConsentryConfig, options: ConsentDocumentOptions = {}): string {
  const result = validateConfig(config, knownServices(config, options.plugins));
  if (!result.ok) throw new Error(`[consentry] consentDocument(): ${formatIssues(result.issues)}`);
  // A language the page offers, else the default, as the widget shows it (English for one it has
  // no texts in): `consent.locale` is that, and each record's `consentText` hashes the text in it.
  // English even where not offered: the widget shows it for a language whose texts are not all
  // given, and its records (and the first layer's link) say `en`. Never a `lang` that puts the
  // config's own texts under another language's tag.
  const { available, default: fallback } = result.config.language;
  const asked = options.lang && (matchLocale(options.lang, available) ?? (options.lang === 'en' ? 'en' : undefined));
  const lang = shownLanguage(asked || fallback, result.config.ui.texts);
  const doc = buildConsentDocument(result.config, lang, wordsFor(lang));
  return options.format === 'html' ? documentHtml(doc) : documentText(doc);
}
