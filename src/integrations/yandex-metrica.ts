import { isPlainObject } from '../core/checks';
import { consoleLogger } from '../core/log';
import type { ConsentPlugin } from '../core/types';
import { reportFindings } from '../gate/report';
import type { IntegrationContext } from './context';
import { yandexCore } from './yandex-core';
import type { YandexMetricaOptions } from './yandex-options';
import { yandexDefaults } from './yandex-defaults';
import { YANDEX_METRICA, yandexServices } from './yandex-services';

export type { YandexMetricaOptions } from './yandex-options';
export type { IntegrationContext } from './context';

/**
 * Yandex Metrica, for npm: its options are checked with the config (see
 * `ConsentPlugin.integration`), then it runs the same code as the script-tag build (see
 * `yandexCore`). Wrong options load nothing (failing closed).
 */
export function yandexMetrica(options: YandexMetricaOptions, context: IntegrationContext = {}): ConsentPlugin {
  const raw: unknown = options;
  const source = context.source ?? 'yandexMetrica()';
  let valid = false;
  // None when rendered on a server. Named by the id as a number, as the counter knows it:
  // "0012345678" is counter 12345678.
  const page = typeof window !== 'undefined' && isPlainObject(raw) ? (window as unknown as Record<string, boolean>) : undefined;
  const flag = `disableYaCounter${Number((raw as { id?: unknown } | undefined)?.id)}`;
  // Now, before the page's own scripts and before any check: the flag that stops a counter the
  // site may have added itself (yandexCore sets it again). Not over one an instance lifted for the
  // visitor's grant (`false`): an app that writes its plugins in its render makes this again on
  // every render, and the counter the visitor granted would stop until their next change.
  if (page && page[flag] !== false) page[flag] = true;
  return {
    name: 'yandex-metrica',
    services: yandexServices(isPlainObject(raw) && raw.webvisor === true),
    integration: {
      key: 'yandexMetrica',
      options: raw,
      checked(findings) {
        valid = findings?.length === 0;
        // Failing closed: no setup comes, so the flag goes up here, over an earlier instance's grant too.
        if (!valid && page) page[flag] = true;
        if (findings?.length) void reportFindings(consoleLogger, source, raw, findings, 'Yandex Metrica will not load (failing closed).');
      },
    },
    setup(consent) {
      if (!consent.config || !valid) return;
      const o = yandexDefaults(raw as YandexMetricaOptions);
      if (!consent.config.services[YANDEX_METRICA]) {
        consoleLogger.warn(`${source}: counter ${o.id} is set, but no category lists the "${YANDEX_METRICA}" service, so it will not load. Add "${YANDEX_METRICA}" to a category's services.`);
      }
      if (typeof window !== 'undefined') return yandexCore(o, window, context.nonce).setup(consent);
    },
  };
}
