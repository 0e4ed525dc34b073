// Decisions, records and their delivery: needed on the first decision, when records wait, or with the settings.
import type { Decisions, Kernel } from '../../core/kernel';
import { decisions } from '../../core/decisions';
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

