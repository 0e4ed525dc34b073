// The consent document's words in this language (152-FZ sites), fetched by the consent-document chunk.
export * from '../../core/consent-document/texts-en';
