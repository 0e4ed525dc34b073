import { isPlainObject, list, show } from '../core/checks';
import type { ConfigIssue, ConsentryConfig, ServiceConfig, ServiceFacts } from '../core/types';
import { validateConfig } from '../core/validate';
import { readGatingOptions } from '../gate/gating-options';
import { readGoogleOptions } from '../integrations/google-options';
import { readYandexMetricaOptions } from '../integrations/yandex-options';

const INTEGRATIONS: Record<string, (raw: unknown) => { issues: ConfigIssue[] }> = {
  google: readGoogleOptions,
  yandexMetrica: readYandexMetricaOptions,
};

/**
 * Everything a script-tag page's config must pass before anything optional runs: the core
 * config, each integration's options and the gating options. One wrong value anywhere fails
 * the whole config closed, with every problem listed.
 */
export function checkConfig(config: ConsentryConfig, extra: Readonly<Record<string, ServiceFacts | ServiceConfig>>): ConfigIssue[] {
  const result = validateConfig(config, extra);
  const issues = [...result.issues];
  const under = (prefix: string, found: ConfigIssue[]) => issues.push(...found.map((i) => ({ ...i, path: i.path ? `${prefix}.${i.path}` : prefix })));
  if (isPlainObject(config?.integrations)) {
    for (const [key, options] of Object.entries(config.integrations)) {
      const read = INTEGRATIONS[key];
      if (read) under(`integrations.${key}`, read(options).issues);
      else issues.push({ path: `integrations.${key}`, value: show(options), expected: `an integration: one of ${list(Object.keys(INTEGRATIONS))}` });
    }
  }
  if (result.ok && config.gating !== undefined) under('gating', readGatingOptions(config.gating, result.config.language.default).issues);
  return issues;
}
