// Apart from the rules (yandex-options.ts): what an app starts Metrica with, up front, while the
// rules come with the config's checker, in its lazy chunk (an app's bundler splits by module).
import type { YandexMetricaOptions } from '../core/types';

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
