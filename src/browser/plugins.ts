import { isPlainObject, list, show } from '../core/checks';
import { consoleLogger } from '../core/log';
import type { ConsentPlugin, ConsentryConfig } from '../core/types';
import { gate } from '../gate/gate';
import { google } from '../integrations/google';
import type { GoogleOptions } from '../integrations/google-options';
import { yandexMetrica } from '../integrations/yandex-metrica';
import type { YandexMetricaOptions } from '../integrations/yandex-options';
import { reportIssues } from '../gate/report';

const INTEGRATIONS: Record<string, (options: unknown, source: string, nonce: string | undefined) => ConsentPlugin> = {
  google: (options, source, nonce) => google(options as GoogleOptions, { source, nonce }),
  yandexMetrica: (options, source, nonce) => yandexMetrica(options as YandexMetricaOptions, { source, nonce }),
};

/**
 * The plugins a script-tag site gets from its config alone: an integration for each key of
 * `config.integrations`, then the gate (last, so the integrations' Consent Mode update and
 * Metrica flag come before the withdrawal clean-up). Called while consentry.js first runs,
 * so `document.currentScript` is our script and its nonce is the page's.
 */
export function pluginsFromConfig(config: ConsentryConfig): ConsentPlugin[] {
  const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
  const nonce = script?.nonce || undefined;
  const plugins: ConsentPlugin[] = [];
  const integrations = isPlainObject(config?.integrations) ? config.integrations : {};
  for (const [key, options] of Object.entries(integrations)) {
    const make = INTEGRATIONS[key];
    if (make) plugins.push(make(options, `config.integrations.${key}`, nonce));
    else reportIssues(consoleLogger, 'config.integrations', [{ path: key, value: show(options), expected: `an integration: one of ${list(Object.keys(INTEGRATIONS))}` }], `"${key}" is ignored.`);
  }
  plugins.push(gate());
  return plugins;
}
