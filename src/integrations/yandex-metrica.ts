import { isPlainObject } from '../core/checks';
import { consoleLogger } from '../core/log';
import type { ConsentPlugin } from '../core/types';
import { reportFindings } from '../gate/report';
import type { IntegrationContext } from './context';
import { yandexCore } from './yandex-core';
import type { YandexMetricaOptions } from './yandex-options';
import { readYandexMetricaOptions } from './yandex-options';
import { YANDEX_METRICA, yandexServices } from './yandex-services';

export type { YandexMetricaOptions } from './yandex-options';
export type { IntegrationContext } from './context';

/**
 * Yandex Metrica, for npm: checks its options, then runs the same code as the script-tag
 * build (see `yandexCore`). Wrong options load nothing (failing closed).
 */
export function yandexMetrica(options: YandexMetricaOptions, context: IntegrationContext = {}): ConsentPlugin {
  const raw: unknown = options;
  const { options: o, findings } = readYandexMetricaOptions(raw);
  const source = context.source ?? 'yandexMetrica()';
  const core = o && yandexCore(o, context.nonce);
  return {
    name: 'yandex-metrica',
    services: yandexServices(isPlainObject(raw) && raw.webvisor === true),
    setup(consent) {
      if (!consent.config) return;
      if (!core) return void reportFindings(consoleLogger, source, raw, findings, 'Yandex Metrica will not load (failing closed).');
      if (!consent.config.services[YANDEX_METRICA]) {
        consoleLogger.warn(`${source}: counter ${o!.id} is set, but no category lists the "${YANDEX_METRICA}" service, so it will not load. Add "${YANDEX_METRICA}" to a category's services.`);
      }
      return core.setup(consent);
    },
  };
}
