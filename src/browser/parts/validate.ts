// The config's checker and resolver: needed when this browser has not checked this config before.
// Its findings carry no words: the `messages` part explains them when there are any.
import { isPlainObject } from '../../core/checks';
import { checkConfig } from '../../core/config-spec';
import { resolveConfig } from '../../core/resolve';
import type { Finding } from '../../core/spec';
import type { ConsentryConfig, ServiceFacts } from '../../core/types';
import { gatingDefaults } from '../../gate/gating-options';
import type { GoogleOptions } from '../../integrations/google-options';
import { googleDefaults } from '../../integrations/google-options';
import { googleServices } from '../../integrations/google-services';
import type { YandexMetricaOptions } from '../../integrations/yandex-options';
import { yandexDefaults } from '../../integrations/yandex-options';
import { yandexServices } from '../../integrations/yandex-services';
import type { Memo } from '../memo';

/** Checks a page's config; when it is valid, what the boot file starts from (and remembers). */
export function prepare(config: ConsentryConfig): { findings: Finding[]; memo?: undefined } | { findings?: undefined; memo: Memo } {
  const { google, yandexMetrica } = (isPlainObject(config?.integrations) ? config.integrations : {}) as { google?: GoogleOptions; yandexMetrica?: YandexMetricaOptions };
  const facts: Record<string, ServiceFacts> = {
    ...(isPlainObject(google) && googleServices({ analytics: google.measurementId !== undefined, tagManager: google.containerId !== undefined })),
    ...(isPlainObject(yandexMetrica) && yandexServices(yandexMetrica.webvisor === true)),
  };
  const findings = checkConfig(config, facts);
  if (findings.length) return { findings };
  const { source: _, ...resolved } = resolveConfig(config, facts);
  return {
    memo: {
      config: resolved,
      google: google && googleDefaults(google),
      yandexMetrica: yandexMetrica && yandexDefaults(yandexMetrica),
      gating: gatingDefaults(config.gating),
    },
  };
}
