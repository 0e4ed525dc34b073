import { URL_OR_PATH } from '../core/patterns';
import { BOOL, alt, int, obj, opt, str } from '../core/spec';

export type { YandexMetricaOptions } from '../core/types';

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
