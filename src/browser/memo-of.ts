import { resolveConfig } from '../core/resolve';
import type { ConsentryConfig, ServiceFacts } from '../core/types';
import { gatingDefaults } from '../gate/gating-defaults';
import { googleDefaults } from '../integrations/google-defaults';
import { yandexDefaults } from '../integrations/yandex-defaults';
import type { Memo } from './memo';

/** A valid config with every default filled in: what the core starts from (and remembers). */
export function memoOf(config: ConsentryConfig, facts: Readonly<Record<string, ServiceFacts>>): Memo {
  const { google, yandexMetrica } = config.integrations ?? {};
  const { source: _, ...resolved } = resolveConfig(config, facts);
  return {
    config: resolved,
    google: google && googleDefaults(google, resolved.services),
    yandexMetrica: yandexMetrica && yandexDefaults(yandexMetrica),
    gating: gatingDefaults(config.gating),
  };
}
