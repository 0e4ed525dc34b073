import type { ConsentOptions, ConsentryConfig } from '../core/types';
import type { Logger } from '../core/log';

declare global {
  interface Window {
    /** Config set by the site's own script; wins over the inline JSON. */
    consentryConfig?: ConsentryConfig;
    /** Non-JSON options for script-tag sites, such as `onRecord`. */
    consentryOptions?: Pick<ConsentOptions, 'onRecord'>;
  }
}

export const CONFIG_ELEMENT_ID = 'consentry-config';

/**
 * Finds the site's config: `window.consentryConfig` if the site set one, else the
 * `<script type="application/json" id="consentry-config">` element. `null` when
 * neither exists or the JSON cannot be parsed; the reason is logged.
 */
export function readPageConfig(doc: Document, win: Window, log: Logger): ConsentryConfig | null {
  const element = doc.getElementById(CONFIG_ELEMENT_ID);
  if (win.consentryConfig !== undefined) {
    if (element) log.warn(`both window.consentryConfig and #${CONFIG_ELEMENT_ID} exist; using window.consentryConfig.`);
    return win.consentryConfig;
  }
  if (!element) {
    log.error(`no config found: add <script type="application/json" id="${CONFIG_ELEMENT_ID}">{…}</script> or set window.consentryConfig before consentry.js. Nothing optional will run.`);
    return null;
  }
  try {
    return JSON.parse(element.textContent ?? '') as ConsentryConfig;
  } catch (error) {
    log.error(`#${CONFIG_ELEMENT_ID} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Nothing optional will run.`);
    return null;
  }
}
