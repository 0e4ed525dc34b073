import { URL_OR_PATH } from '../core/patterns';
import type { Finding } from '../core/spec';
import { BOOL, alt, check, int, obj, opt, str } from '../core/spec';
import type { YandexMetricaOptions } from '../core/types';

export type { YandexMetricaOptions } from '../core/types';

export interface ResolvedYandexMetricaOptions {
  id: number;
  clickmap: boolean;
  trackLinks: boolean;
  accurateTrackBounce: boolean | number;
  ecommerce: boolean | string;
  webvisor: boolean;
  scriptUrl: string;
  nonce: string | undefined;
}

/** The rules of `integrations.yandexMetrica` (and of `yandexMetrica()`'s options). */
export const YANDEX_METRICA_SPEC = obj({
  // A counter id: a positive whole number, or one written as a string of digits.
  id: alt('ymId', int(1, Number.MAX_SAFE_INTEGER), str(/^(?=\d*[1-9])\d{1,15}$/)),
  clickmap: opt(BOOL),
  trackLinks: opt(BOOL),
  accurateTrackBounce: opt(alt('bounce', BOOL, int(1))),
  // Used as a global's name by tag.js, so a plain identifier only.
  ecommerce: opt(alt('ecommerce', BOOL, str(/^[A-Za-z_$][\w$]{0,63}$/))),
  webvisor: opt(BOOL),
  scriptUrl: opt(str(URL_OR_PATH, 'tagJsUrl')),
  nonce: opt(str()),
});

/** The options with defaults, for options already checked. */
export function yandexDefaults(raw: YandexMetricaOptions): ResolvedYandexMetricaOptions {
  return {
    id: Number(raw.id),
    clickmap: raw.clickmap ?? true,
    trackLinks: raw.trackLinks ?? true,
    accurateTrackBounce: raw.accurateTrackBounce ?? true,
    ecommerce: raw.ecommerce ?? false,
    webvisor: raw.webvisor ?? false,
    scriptUrl: raw.scriptUrl ?? 'https://mc.yandex.ru/metrika/tag.js',
    nonce: raw.nonce,
  };
}

/** Checks options given in code (npm): `options` is `null` when any is wrong (the integration then loads nothing). The findings carry no words (see `reportFindings`). */
export function readYandexMetricaOptions(raw: unknown): { options: ResolvedYandexMetricaOptions | null; findings: Finding[] } {
  const findings = check(YANDEX_METRICA_SPEC, raw);
  return { options: findings.length ? null : yandexDefaults(raw as YandexMetricaOptions), findings };
}
