import type { ServiceFacts } from '../core/types';

export const YANDEX_METRICA = 'yandex-metrica';
export const YANDEX_WEBVISOR = 'yandex-webvisor';

/**
 * The services Yandex Metrica brings: what gating and clean-up need (texts: `yandex-disclosures.ts`).
 * Webvisor (session replay) is its own service, present only when the site enables it, so the
 * visitor can refuse it and keep the statistics.
 */
export function yandexServices(webvisor: boolean): Record<string, ServiceFacts> {
  const out: Record<string, ServiceFacts> = { [YANDEX_METRICA]: { country: 'RU', cookies: ['_ym_uid', '_ym_d', '_ym_isad', '_ym_*'], storage: ['_ym*'] } };
  if (webvisor) out[YANDEX_WEBVISOR] = { country: 'RU', cookies: ['_ym_visorc'] };
  return out;
}
