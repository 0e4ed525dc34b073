// Decisions, records and their delivery: needed on the first decision, or when records wait.
import type { Decisions, Kernel } from '../../core/kernel';
import { decisions } from '../../core/decisions';
import type { DocumentBuilder } from '../../core/consent-document/build';
import type { UiHost, ViewPart } from '../../ui/host';
import type { LoadPart } from '../part-loader';

/**
 * The decisions of a script-tag page. On a site whose law asks for the consent document
 * (152-FZ), each record's hash needs its code and the words of the language decided in: fetched
 * on the first decision, if the banner has not fetched them already.
 */
export function decisionsWith(kernel: Kernel, load: LoadPart): Decisions {
  const doc = () => load<typeof import('./consent-document')>('consent-document');
  return decisions(kernel, kernel.config.consentDocument ? (config, lang) => doc().then((d) => d.textIdIn(config, lang, load)) : undefined);
}

/**
 * What the preferences dialog shows with: its code, the words of `lang` (the dialog's, then the
 * first layer's) and, on a 152-FZ site, the consent document, in chunks the core names (and has
 * asked for already, beside this one: `dialogTexts` and `doc`). The dialog's words first: a view
 * shipped with them comes in the same file; the first layer's once those are here, else they
 * would come in the first visit's file.
 */
export function dialogParts(
  host: UiHost,
  load: LoadPart,
  lang: string,
  dialogTexts: Promise<unknown>,
  doc: Promise<DocumentBuilder> | undefined,
): Promise<[ViewPart, unknown, unknown, DocumentBuilder | undefined]> {
  // The dialog's code from the file its words came in: a file that failed is not asked for twice.
  return Promise.all([dialogTexts.then(() => load<ViewPart>('dialog')), dialogTexts.then(() => host.texts(lang)), dialogTexts, doc]);
}
