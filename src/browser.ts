/**
 * Script-tag entry: `<script src="…/consentry.js">`. Reads the site's config,
 * starts Consentry and exposes the instance as `window.consentry`.
 */
import { createConsent } from './core/create-consent';
import { failedConsent } from './core/failed-consent';
import { consoleLogger } from './core/log';
import type { Consent } from './core/types';
import { pluginsFromConfig } from './browser/plugins';
import { readPageConfig } from './browser/page-config';
import { attachUi } from './browser/ui-loader';

declare global {
  interface Window {
    consentry?: Consent;
  }
}

// Read now: `currentScript` is only set while this file first runs.
const script = document.currentScript as HTMLScriptElement | null;

function boot(): Consent {
  const config = readPageConfig(document, window, consoleLogger);
  if (!config) return failedConsent([{ path: 'config', value: 'missing', expected: 'a config' }], { log: consoleLogger, gpc: false });
  const consent = createConsent(config, { plugins: pluginsFromConfig(config), onRecord: window.consentryOptions?.onRecord });
  if (consent.ok) attachUi(consent, script);
  return consent;
}

if (window.consentry) {
  consoleLogger.warn('consentry.js was loaded twice; the second copy does nothing.');
} else {
  window.consentry = boot();
  window.dispatchEvent(new CustomEvent('consentry:ready', { detail: window.consentry }));
}
