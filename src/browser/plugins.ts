import { isPlainObject } from '../core/checks';
import type { ConsentPlugin, ConsentryConfig } from '../core/types';
import { gateCore } from '../gate/gate-core';
import { gatingDefaults } from '../gate/gating-options';
import { googleCore } from '../integrations/google-core';
import type { GoogleOptions } from '../integrations/google-options';
import { googleDefaults } from '../integrations/google-options';
import { yandexCore } from '../integrations/yandex-core';
import type { YandexMetricaOptions } from '../integrations/yandex-options';
import { yandexDefaults } from '../integrations/yandex-options';
import type { LoadPart } from './part-loader';
import type { Say } from '../core/messages';

/**
 * The plugins a script-tag site gets from its config alone: Google and Yandex Metrica when
 * configured, then the gate (last, so the integrations' Consent Mode update and Metrica flag
 * come before the withdrawal clean-up). Made while consentry.js first runs: Google's denied
 * default and Metrica's flag are set at once, before the page's own scripts, even while the
 * config is still being checked. Options are taken as they are: nothing optional runs before
 * the config has passed the validator.
 */
export function pluginsFromConfig(config: ConsentryConfig, nonce: string | undefined, load: LoadPart, say: Say): ConsentPlugin[] {
  const integrations: Record<string, unknown> = isPlainObject(config.integrations) ? config.integrations : {};
  const plugins: ConsentPlugin[] = [];
  const { google, yandexMetrica } = integrations;
  if (isPlainObject(google)) plugins.push(googleCore(googleDefaults(google as GoogleOptions), nonce));
  if (isPlainObject(yandexMetrica)) plugins.push(yandexCore(yandexDefaults(yandexMetrica as unknown as YandexMetricaOptions), nonce));
  plugins.push(gateCore({ options: gatingDefaults(isPlainObject(config.gating) ? config.gating : {}), embeds: () => load('placeholder'), cleanup: () => load('cleanup'), say }));
  return plugins;
}
