import type { DocumentBuilder } from '../core/consent-document/build';
import type { UiHost } from '../ui/host';

/** The consent document in the visitor's language, on a site whose law asks for it (152-FZ): its hash goes in the records. */
export function documentFor(host: UiHost): Promise<DocumentBuilder> | undefined {
  return host.consent.config!.consentDocument ? host.document(host.consent.locale) : undefined;
}
