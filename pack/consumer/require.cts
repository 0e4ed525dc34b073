// CommonJS code requiring the package (Node >= 20.19 loads ES modules with require()):
// TypeScript's `nodenext` types it too.
import consentry = require('consentry');
import server = require('consentry/server');

export const start: (config: consentry.ConsentryConfig) => consentry.Consent = consentry.createConsent;
// @ts-expect-error createReceiver is a function
export const n: number = server.createReceiver;
