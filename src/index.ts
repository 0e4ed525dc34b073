/**
 * Consentry's npm entry. Importing it does nothing: no cookie is read, no listener
 * added, no global touched, until `createConsent()` is called.
 */
export { createConsent } from './core/create-consent';
export { readConsent } from './core/read-consent';
export type { ConsentCookie, ReadConsentOptions } from './core/read-consent';
export { pickText } from './core/localized';
export { resolveLocale } from './core/locale';
export { memoryStore, memoryOutbox } from './storage/memory-store';
export { VERSION } from './core/version';
export type * from './core/types';
export type { ResolvedConfig, ResolvedCategory, ResolvedService } from './core/resolved-config';
export type { ChoiceStore, OutboxStore, OutboxEntry } from './storage/store';
export type { Environment } from './core/environment';
