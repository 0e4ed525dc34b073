import { isPlainObject } from '../core/checks';
import type { ConsentryConfig, ServiceFacts } from '../core/types';
import type { GoogleOptions } from './google-options';
import { googleServices } from './google-services';
import type { YandexMetricaOptions } from './yandex-options';
import { yandexServices } from './yandex-services';

/** The services a config's `integrations` bring, which its categories may list (what the script tag starts). */
export function integrationFacts(config: ConsentryConfig): Record<string, ServiceFacts> {
  const { google, yandexMetrica } = (isPlainObject(config?.integrations) ? config.integrations : {}) as { google?: GoogleOptions; yandexMetrica?: YandexMetricaOptions };
  return {
    ...googleServices(google),
    ...(isPlainObject(yandexMetrica) && yandexServices(yandexMetrica.webvisor === true)),
  };
}
