// The consent to processing as its own document (152-FZ): what the records' hash and the dialog
// need, fetched only by a site whose law asks for the document.
export { buildConsentDocument } from '../../core/consent-document/build';
export { consentTextId } from '../../core/consent-document/text-id';
