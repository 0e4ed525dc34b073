/**
 * `consentry/react`: Consentry in a React (18 or later) app, server rendering included.
 *
 * ```tsx
 * import { ConsentProvider, ConsentGate, useConsent } from 'consentry/react';
 * <ConsentProvider config={config}><App /></ConsentProvider>
 * ```
 * Importing does nothing; rendering touches no `document` or `window`; the instance and the
 * widget start in the browser, in an effect.
 */
export { ConsentProvider } from './provider';
export type { ConsentProviderProps } from './provider';
export { useConsent } from './use-consent';
export type { UseConsent } from './use-consent';
export { ConsentGate, ConsentSettingsLink } from './components';
export type { ConsentGateProps, ConsentSettingsLinkProps } from './components';
export type { ConsentActions, ConsentSetup } from '../adapters/binding';
