import { checkedConfig } from './checked-config';
import { pageEnvironment } from './environment';
import { explainLater } from './explain-later';
import type { InstanceParts } from './kernel';
import { createInstance } from './kernel';
import { describeError } from './log';
import { sayThrough } from './messages';
import { pluginServices } from './plugin-services';
import type { ConfigIssue, Consent, ConsentOptions, ConsentryConfig } from './types';
import { readCookie } from '../storage/read-cookie';

/**
 * Starts consent for one page with the decisions part given (`decisions`) or fetched on first
 * need (`loadDecisions`): validates the config, reads the stored choice, starts plugins and
 * retries undelivered records. Never throws: an invalid config or a failure here gives an
 * instance that refuses everything optional and says why in the console (fail closed).
 */
export function startConsent(config: ConsentryConfig, options: ConsentOptions, parts: Pick<InstanceParts, 'decisions' | 'loadDecisions'>): Consent {
  // `createConsent(config, null)` threw here, before the try: garbage options count as none.
  const opts: ConsentOptions = typeof options === 'object' && options !== null ? options : {};
  // The rest of the browser (fetch, timers, randomness) is filled in by the decisions part, when it comes.
  const env = { ...pageEnvironment(), ...opts.env };
  const instance = createInstance({
    env,
    options: opts,
    say: sayThrough(env.log),
    ...parts,
    read: (c) => (opts.store ? opts.store.read() : typeof document === 'undefined' ? undefined : readCookie(c.cookie.name)),
    queued: () => true,
  });
  try {
    const plugins = opts.plugins ?? [];
    const checked = checkedConfig(config, pluginServices(plugins));
    if (!checked.config) {
      // Closed at once; `consent.issues` fills in as their words arrive.
      const issues: ConfigIssue[] = [];
      instance.fail(issues);
      void explainLater(env.log, 'error', checked.errors, config, issues);
    } else {
      if (checked.warnings.length) void explainLater(env.log, 'warn', checked.warnings, config);
      instance.start(checked.config, plugins);
    }
  } catch (error) {
    env.log.error(`could not start, so nothing optional will run (failing closed): ${describeError(error)}`);
    instance.fail([{ path: 'config', value: 'n/a', expected: `a config Consentry can start with (${describeError(error)})` }]);
  }
  return instance.consent;
}
