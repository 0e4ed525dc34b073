import { consoleLogger } from '../core/log';
import type { Consent } from '../core/types';
import { whenAllowed } from './allowed';
import type { InjectOptions } from './inject-script';
import { injectScript } from './inject-script';

export interface LoadScriptOptions extends Omit<InjectOptions, 'document'> {
  /** Category that must be granted. */
  category: string;
  /** Service that must be granted too (a key the config lists in `category`). */
  service?: string | undefined;
}

/**
 * Loads an external script once `category` (and `service`) is granted: now, or at the
 * decision that grants it. Resolves when the script has loaded. An unknown category or
 * service, or a config that failed its check, never loads (fail closed) and rejects, saying
 * why. Called before the instance has started (its config still being checked), it waits.
 */
export function loadScript(consent: Consent, src: string, options: LoadScriptOptions): Promise<HTMLScriptElement> {
  const { category, service } = options;
  return consent.ready.then((started) => {
    const config = consent.config;
    const problem = !started || !config
      ? consent.ok
        ? 'the consent instance was destroyed before its config was checked'
        : 'the consent config is invalid'
      : !config.categories.some((c) => c.key === category)
        ? `no category "${category}" in the config`
        : service && config.services[service]?.category !== category
          ? `no service "${service}" listed in category "${category}"`
          : null;
    if (problem) {
      const message = `loadScript("${src}"): ${problem}, so it will not load.`;
      consoleLogger.error(message);
      throw new Error(`[consentry] ${message}`);
    }
    return new Promise<HTMLScriptElement>((resolve, reject) => {
      whenAllowed(consent, category, service, () => injectScript(src, options).then(resolve, reject));
    });
  });
}
