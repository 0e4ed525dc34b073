import type { Say } from '../core/messages';
import { onlyJson } from '../core/only-json';
import type { ConsentOptions, ConsentryConfig } from '../core/types';

declare global {
  interface Window {
    /** Config set by the site's own script; wins over the inline JSON. */
    consentryConfig?: ConsentryConfig;
    /** Non-JSON options for script-tag sites, such as `onRecord`. */
    consentryOptions?: Pick<ConsentOptions, 'onRecord'>;
  }
}

export const CONFIG_ELEMENT_ID = 'consentry-config';

export interface PageConfig {
  config: ConsentryConfig;
  /** Its text, as given: what the validator's memory is keyed by. */
  text: string;
}

/**
 * Finds the site's config: `window.consentryConfig` if the site set one, else the
 * `<script type="application/json" id="consentry-config">` element. `null` when
 * neither exists or the JSON cannot be parsed; the reason is told.
 */
export function readPageConfig(say: Say): PageConfig | null {
  const element = document.getElementById(CONFIG_ELEMENT_ID);
  const given = window.consentryConfig;
  const text = element?.textContent ?? '';
  try {
    if (given !== undefined) {
      if (element) say('warn', 'bothConfigs', CONFIG_ELEMENT_ID);
      // A config JSON does not carry whole (a function, a cycle) throws here: it cannot be the
      // one checked before, so it is checked on every page, and the checker says what is wrong.
      return { config: given, text: JSON.stringify(given, onlyJson) };
    }
    if (element) return { config: JSON.parse(text) as ConsentryConfig, text };
    say('error', 'noConfig', CONFIG_ELEMENT_ID);
  } catch (error) {
    if (given !== undefined) return { config: given, text: `${Math.random()}` };
    say('error', 'badJson', CONFIG_ELEMENT_ID, error);
  }
  return null;
}
