import type { CheckedConfig, IntegrationOptions } from './checked-config';
import { pageEnvironment } from './environment';
import { explainLater } from './explain-later';
import type { KeptConfig } from './kept-config';
import type { InstanceParts } from './kernel';
import { createInstance } from './kernel';
import { describeError } from './log';
import { sayThrough } from './messages';
import { pluginServices } from './plugin-services';
import type { ConfigIssue, Consent, ConsentOptions, ConsentPlugin, ConsentryConfig, ServiceConfig, ServiceFacts } from './types';
import { readCookie } from '../storage/read-cookie';

export type Services = Readonly<Record<string, ServiceFacts | ServiceConfig>>;
/** The config's checker and resolver (checked-config.ts). */
export type CheckConfig = (input: unknown, extraServices: Services, integrations: IntegrationOptions) => CheckedConfig;
/** What the plugins add to the config the checker sees: their services and their integrations' options. */
export interface PluginsGive {
  services: Services;
  integrations: IntegrationOptions;
}

/** How a page gets from its config to a start: `startConsent`'s `begin` calls one of these. */
export interface Starter {
  /** Starts from a config (and integrations' options) checked before, its defaults filled in, telling its laws' warnings again. */
  kept(kept: KeptConfig): void;
  /** Checks the config and the integrations' options and starts, or fails closed: what to keep when all are valid. */
  check(checker: CheckConfig): KeptConfig | undefined;
  /** Nothing to start from (the checker did not load): fail closed, saying why. */
  fail(error: unknown): void;
}

/**
 * Starts consent for one page with the decisions part given (`decisions`) or fetched on first
 * need (`loadDecisions`). `begin` decides how the config is checked: at once with the checker
 * here (tests: core/testing/create-consent.ts), or from what this browser kept, or after
 * fetching the checker (`createConsent`, which the adapters use too); until then nothing optional is allowed. Then the stored choice is read,
 * plugins start and undelivered records are retried. Never throws: an invalid config or a
 * failure here gives an instance that refuses everything optional and says why (fail closed).
 */
export function startConsent(config: ConsentryConfig, options: ConsentOptions, parts: Pick<InstanceParts, 'decisions' | 'loadDecisions'>, begin: (given: PluginsGive, starter: Starter) => void): Consent {
  // `createConsent(config, null)` threw here, before the try: garbage options count as none.
  const opts: ConsentOptions = typeof options === 'object' && options !== null ? options : {};
  // The rest of the browser (fetch, timers, randomness) is filled in by the decisions part, when it comes.
  const env = { ...pageEnvironment(), ...opts.env };
  const plugins = opts.plugins ?? [];
  const instance = createInstance({
    env,
    options: opts,
    say: sayThrough(env.log),
    ...parts,
    read: (c) => (opts.store ? opts.store.read() : typeof document === 'undefined' ? undefined : readCookie(c.cookie.name)),
    queued: () => true,
  });
  let integrations: Array<NonNullable<ConsentPlugin['integration']>> = [];
  const startFrom = (kept: KeptConfig) => {
    if (kept.warnings.length) void explainLater(env.log, 'warn', kept.warnings, config);
    instance.start({ ...kept.config, source: config }, plugins);
  };
  const starter: Starter = {
    kept(kept) {
      for (const integration of integrations) integration.checked([]);
      startFrom(kept);
    },
    check(checker) {
      try {
        const checked = checker(config, given.services, given.integrations);
        // An integration with wrong options loads nothing (it says why); the rest starts. A wrong
        // config has no findings for them (`undefined`): none starts, each fails closed.
        integrations.forEach((integration, i) => integration.checked(checked.integrations[i]));
        if (checked.config) {
          const { source: _, ...resolved } = checked.config;
          const kept = { config: resolved, warnings: checked.warnings };
          startFrom(kept);
          return checked.integrations.some((found) => found.length) ? undefined : kept;
        }
        // Closed at once; `consent.issues` fills in as their words arrive, and `ready` waits for them.
        const issues: ConfigIssue[] = [];
        instance.fail(issues, explainLater(env.log, 'error', checked.errors, config, issues));
      } catch (error) {
        starter.fail(error);
      }
    },
    fail(error) {
      env.log.error(`could not start, so nothing optional will run (failing closed): ${describeError(error)}`);
      instance.fail([{ path: 'config', value: 'n/a', expected: `a config Consentry can start with (${describeError(error)})` }]);
      for (const integration of integrations) integration.checked();
    },
  };
  const given: PluginsGive = { services: {}, integrations: [] };
  try {
    given.services = pluginServices(plugins);
    integrations = plugins.flatMap((p) => (p.integration ? [p.integration] : []));
    given.integrations = integrations.map((i) => [i.key, i.options] as const);
    begin(given, starter);
  } catch (error) {
    starter.fail(error);
  }
  return instance.consent;
}
