// The config's validator and resolver: needed when this browser has not checked this config before.
import { isPlainObject } from '../../core/checks';
import { resolveConfig } from '../../core/resolve';
import type { ConfigIssue, ConsentryConfig, ServiceFacts } from '../../core/types';
import { formatIssues } from '../../core/validate';
import { gatingDefaults } from '../../gate/gating-options';
import type { GoogleOptions } from '../../integrations/google-options';
import { googleDefaults } from '../../integrations/google-options';
import { googleServices } from '../../integrations/google-services';
import type { YandexMetricaOptions } from '../../integrations/yandex-options';
import { yandexDefaults } from '../../integrations/yandex-options';
import { yandexServices } from '../../integrations/yandex-services';
import { checkConfig } from '../check-config';
import { consoleLogger } from '../../core/log';
import { reportUiOptions } from '../../ui/report-ui-options';
import type { Memo } from '../memo';

export { formatIssues };

/** Checks a page's config; when it is valid, what the boot file starts from (and remembers). */
export function prepare(config: ConsentryConfig): { issues: ConfigIssue[]; memo?: undefined } | { issues?: undefined; memo: Memo } {
  const { google, yandexMetrica } = (isPlainObject(config?.integrations) ? config.integrations : {}) as { google?: GoogleOptions; yandexMetrica?: YandexMetricaOptions };
  const facts: Record<string, ServiceFacts> = {
    ...(google && googleServices({ analytics: google.measurementId !== undefined, tagManager: google.containerId !== undefined })),
    ...(yandexMetrica && yandexServices(yandexMetrica.webvisor === true)),
  };
  // config.ui's wrong values are told here too, once, but replaced by defaults, never fatal.
  reportUiOptions(config, consoleLogger);
  const issues = checkConfig(config, facts);
  if (issues.length) return { issues };
  const { source: _, ...resolved } = resolveConfig(config, facts);
  return {
    memo: {
      config: resolved,
      google: google && googleDefaults(google),
      yandexMetrica: yandexMetrica && yandexDefaults(yandexMetrica),
      gating: gatingDefaults(config.gating as Parameters<typeof gatingDefaults>[0]),
    },
  };
}
