/**
 * `consentry/vue`: Consentry in a Vue (3.3 or later) app, server rendering included.
 *
 * ```ts
 * import { consentry } from 'consentry/vue';
 * createApp(App).use(consentry, { config }).mount('#app');
 * ```
 * Importing does nothing; rendering touches no `document` or `window`; the instance and the
 * widget start in the browser, once the app is mounted.
 */
export { consentry } from './plugin';
export { useConsent } from './use-consent';
export type { UseConsent } from './use-consent';
export { ConsentGate, ConsentSettingsLink, type ConsentGateProps } from './components';
export type { ConsentActions, ConsentSetup } from '../adapters/binding';
