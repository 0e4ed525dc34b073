import { isPlainObject } from '../core/checks';
import { consoleLogger } from '../core/log';
import type { ConsentPlugin } from '../core/types';
import { injectScript } from '../gate/inject-script';
import { reportIssues } from '../gate/report';
import type { IntegrationContext } from './context';
import type { YandexMetricaOptions } from './yandex-options';
import { readYandexMetricaOptions } from './yandex-options';
import { YANDEX_METRICA, YANDEX_WEBVISOR, yandexServices } from './yandex-services';

export type { YandexMetricaOptions } from './yandex-options';
export type { IntegrationContext } from './context';

type Ym = ((...args: unknown[]) => void) & { a?: unknown[]; l?: number };
type MetricaWindow = Window & { ym?: Ym } & Record<string, unknown>;

/** The `ym` of Yandex's snippet: calls wait in `ym.a` until tag.js takes them over. */
function queue(): Ym {
  const ym: Ym = function () {
    // eslint-disable-next-line prefer-rest-params
    (ym.a ??= []).push(arguments);
  };
  return ym;
}

/**
 * Yandex Metrica. It has no consent API, so `tag.js` loads only once the `yandex-metrica`
 * service is granted; until then, and again from a withdrawal, `window['disableYaCounter'+id]`
 * is `true`, which stops a counter the site may have added itself. Webvisor runs only when
 * enabled and its own service, `yandex-webvisor`, is granted when the counter starts.
 * The `<noscript>` pixel of Yandex's snippet cannot be gated: remove it.
 */
export function yandexMetrica(options: YandexMetricaOptions, context: IntegrationContext = {}): ConsentPlugin {
  const raw: unknown = options;
  const { options: o, issues } = readYandexMetricaOptions(raw);
  const source = context.source ?? 'yandexMetrica()';
  return {
    name: 'yandex-metrica',
    services: yandexServices(isPlainObject(raw) && raw.webvisor === true),
    setup(consent) {
      if (typeof window === 'undefined' || !consent.config) return;
      const win = window as unknown as MetricaWindow;
      if (!o) {
        reportIssues(consoleLogger, source, issues, 'Yandex Metrica will not load (failing closed).');
        return;
      }
      const config = consent.config;
      const flag = `disableYaCounter${o.id}`;
      win[flag] = true;
      if (!config.services[YANDEX_METRICA]) {
        consoleLogger.warn(`${source}: counter ${o.id} is set, but no category lists the "${YANDEX_METRICA}" service, so it will not load. Add "${YANDEX_METRICA}" to a category's services.`);
        return;
      }
      let loaded = false;
      const apply = () => {
        const state = consent.state;
        if (state.services[YANDEX_METRICA] !== true) {
          win[flag] = true;
          return;
        }
        delete win[flag];
        if (loaded) return;
        loaded = true;
        const ym: Ym = win.ym ?? queue();
        ym.l = Date.now();
        win.ym = ym;
        ym(o.id, 'init', {
          clickmap: o.clickmap,
          trackLinks: o.trackLinks,
          accurateTrackBounce: o.accurateTrackBounce,
          webvisor: o.webvisor && state.services[YANDEX_WEBVISOR] === true,
          ...(o.ecommerce ? { ecommerce: o.ecommerce } : {}),
        });
        injectScript(o.scriptUrl, { nonce: o.nonce ?? context.nonce }).catch((error: Error) => consoleLogger.warn(`${error.message} (Yandex Metrica)`));
      };
      apply();
      return consent.on('change', apply);
    },
  };
}
