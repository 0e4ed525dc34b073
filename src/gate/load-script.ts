import { consoleLogger } from '../core/log';
import type { Consent } from '../core/types';
import { whenAllowed } from './allowed';
import type { InjectOptions } from './inject-script';
import { injectScript } from './inject-script';

export interface LoadScriptOptions extends Omit<InjectOptions, 'document'> {
  /** Category that must be granted. */
  category: string;
  /** Service that must be granted too (a key the config lists in `category`). */
  service?: string;
}

/**
 * Loads an external script once `category` (and `service`) is granted: now, or at the
 * decision that grants it. Resolves when the script has loaded. An unknown category or
 * service never loads (fail closed) and rejects at once, saying why.
 */
export function loadScript(consent: Consent, src: string, options: LoadScriptOptions): Promise<HTMLScriptElement> {
  const { category, service } = options;
  const config = consent.config;
  const problem = !config
    ? 'the consent config is invalid'
    : !config.categories.some((c) => c.key === category)
      ? `no category "${category}" in the config`
      : service && config.services[service]?.category !== category
        ? `no service "${service}" listed in category "${category}"`
        : null;
  if (problem) {
    const message = `loadScript("${src}"): ${problem}, so it will not load.`;
    consoleLogger.error(message);
    return Promise.reject(new Error(`[consentry] ${message}`));
  }
  return new Promise((resolve, reject) => {
    whenAllowed(consent, category, service, () => injectScript(src, options).then(resolve, reject));
  });
}
