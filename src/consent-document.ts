/**
 * `consentry/consent-document`: the 152-FZ consent to processing as a document of its own, for
 * the site's server to publish at `policy.consentUrl` (the first layer links it). Apart from the
 * main entry: a browser bundle that never serves the document does not carry its words.
 */
export { consentDocument } from './core/consent-document';
export type { ConsentDocumentOptions } from './core/consent-document';
