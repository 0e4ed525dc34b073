import { decisions } from './decisions';
import type { Environment } from './environment';
import { browserEnvironment } from './environment';
import { createInstance } from './kernel';
import { describeError } from './log';
import { sayNow } from './messages';
import { pluginServices } from './plugin-services';
import type { Consent, ConsentOptions, ConsentryConfig } from './types';
import { formatIssues, validateConfig } from './validate';
import { cookieStore } from '../storage/cookie-store';

/**
 * Starts consent for one page: validates the config, reads the stored choice,
 * starts plugins (integrations, the gate) and retries undelivered records.
 * Never throws: an invalid config or a failure here gives an instance that
 * refuses everything optional and says why in the console (fail closed).
 */
export function createConsent(config: ConsentryConfig, options: ConsentOptions = {}): Consent {
  // `createConsent(config, null)` threw here, before the try: garbage options count as none.
  const opts: ConsentOptions = typeof options === 'object' && options !== null ? options : {};
  const env: Environment = { ...browserEnvironment(), ...opts.env };
  const instance = createInstance({
    env,
    options: opts,
    say: sayNow(env.log),
    decisions,
    read: (c) => (opts.store ?? cookieStore({ ...c.cookie, secure: false })).read(),
    queued: () => true,
  });
  try {
    const plugins = opts.plugins ?? [];
    const validation = validateConfig(config, pluginServices(plugins));
    if (!validation.ok) {
      env.log.error(formatIssues(validation.issues));
      instance.fail(validation.issues);
    } else instance.start(validation.config, plugins);
  } catch (error) {
    env.log.error(`could not start, so nothing optional will run (failing closed): ${describeError(error)}`);
    instance.fail([{ path: 'config', value: 'n/a', expected: `a config Consentry can start with (${describeError(error)})` }]);
  }
  return instance.consent;
}
