import type { ConsentPlugin } from '../core/types';
import { addTag } from './add-tag';
import type { ResolvedYandexMetricaOptions } from './yandex-defaults';
import { YANDEX_METRICA, YANDEX_WEBVISOR } from './yandex-services';
import { ymOn } from './ym-queue';

type MetricaWindow = Window & Record<string, unknown>;

/**
 * Yandex Metrica, for options already checked. It has no consent API, so `tag.js` loads only
 * once `yandex-metrica` is granted; until then, and again from a withdrawal,
 * `window['disableYaCounter'+id]` is `true` (set when made, before the site's own scripts run),
 * which stops a counter the site may have added itself; granted, it is `false`. Webvisor runs only when enabled and
 * its own service is granted when the counter starts. The `<noscript>` pixel cannot be gated.
 */
export function yandexCore(o: ResolvedYandexMetricaOptions, page: Window, nonce?: string, applied?: boolean): Omit<ConsentPlugin, 'services'> {
  const win = page as unknown as MetricaWindow;
  const flag = `disableYaCounter${o.id}`;
  // Done by the boot file from its plan (a returning visit): the flag is as the choice wants it.
  if (!applied) win[flag] = true;
  return {
    name: 'yandex-metrica',
    setup(consent) {
      if (!consent.config?.services[YANDEX_METRICA]) return;
      let loaded = !!applied && consent.state.services[YANDEX_METRICA] === true;
      const apply = () => {
        const state = consent.state;
        // Lifted as `false`, not deleted: a plugin made again (an app's render that writes its
        // plugins inline) sees a counter counting for a grant and leaves it so (yandex-metrica.ts).
        // tag.js reads the flag's value, not whether it exists (`if (n(win, 'disableYaCounter' + id) ||
        // n(win, 'Ya.disableMetrica'))` drops the counter as it starts), as Yandex's docs set it `true`.
        if ((win[flag] = !state.services[YANDEX_METRICA]) || loaded) return;
        loaded = true;
        // Not made twice on one window: an earlier instance's init is still in the queue, or tag.js
        // has run it (and keeps the counter as yaCounter<id>).
        const ym = ymOn(page);
        if (!win[`yaCounter${o.id}`] && !ym.a?.some((call) => call[0] === o.id && call[1] === 'init')) ym(o.id, 'init', { ...o.init, webvisor: o.webvisor && state.services[YANDEX_WEBVISOR] === true });
        addTag(o.scriptUrl, o.nonce ?? nonce, win.document);
      };
      apply();
      return consent.on('change', apply);
    },
  };
}
