// Apart from the rules (yandex-options.ts): what an app starts Metrica with, up front, while the
// rules come with the config's checker, in its lazy chunk (an app's bundler splits by module).
import type { YandexMetricaOptions } from '../core/types';

export interface ResolvedYandexMetricaOptions {
  id: number;
  /**
   * The counter's `init` parameters, ready to pass: made here, with the checker, so the core
   * does not carry their names. Webvisor is not among them: it also needs its own service's grant.
   */
  init: { clickmap: boolean; trackLinks: boolean; accurateTrackBounce: boolean | number; ecommerce?: string | true };
  webvisor: boolean;
  scriptUrl: string;
  nonce: string | undefined;
}

/** The options with defaults, for options already checked. */
export function yandexDefaults(raw: YandexMetricaOptions): ResolvedYandexMetricaOptions {
  return {
    id: Number(raw.id),
    init: {
      clickmap: raw.clickmap ?? true,
      trackLinks: raw.trackLinks ?? true,
      accurateTrackBounce: raw.accurateTrackBounce ?? true,
      // Named only when on, as in Yandex's snippet.
      ...(raw.ecommerce ? { ecommerce: raw.ecommerce } : {}),
    },
    webvisor: raw.webvisor ?? false,
    scriptUrl: raw.scriptUrl ?? 'https://mc.yandex.ru/metrika/tag.js',
    nonce: raw.nonce,
  };
}
