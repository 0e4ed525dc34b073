import { IssueList } from '../core/checks';
import type { ConfigIssue } from '../core/types';
import { strip } from '../gate/report';
import { SCRIPT_URL, SCRIPT_URL_EXPECTED } from './script-url';

export interface YandexMetricaOptions {
  /** Counter id, e.g. `12345678`. */
  id: number | string;
  /** Click map data. Default `true` (as in Yandex's own snippet). */
  clickmap?: boolean;
  /** Outbound links and downloads. Default `true`. */
  trackLinks?: boolean;
  /** Accurate bounce rate: `true` (15 s), or after this many ms. Default `true`. */
  accurateTrackBounce?: boolean | number;
  /** E-commerce data: `true` for `window.dataLayer`, or the name of the container array. Default off. */
  ecommerce?: boolean | string;
  /**
   * Webvisor (session replay). Default `false`. When `true`, it is disclosed as its own
   * service, `yandex-webvisor`, which the visitor may refuse while keeping the statistics.
   */
  webvisor?: boolean;
  /** Where tag.js is served from. Default `https://mc.yandex.ru/metrika/tag.js`. */
  scriptUrl?: string;
  /** CSP nonce for the script Consentry adds. The script-tag build passes its own. */
  nonce?: string;
}

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

const KEYS = ['id', 'clickmap', 'trackLinks', 'accurateTrackBounce', 'ecommerce', 'webvisor', 'scriptUrl', 'nonce'];

/** The options with defaults, for options already checked (the script-tag boot). */
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

/** Validates the options; `options` is `null` when any is wrong (the integration then loads nothing). */
export function readYandexMetricaOptions(raw: unknown): { options: ResolvedYandexMetricaOptions | null; issues: ConfigIssue[] } {
  const v = new IssueList();
  if (!v.object('', raw, KEYS)) return { options: null, issues: strip(v.issues) };
  const out: ResolvedYandexMetricaOptions = {
    id: 0,
    clickmap: true,
    trackLinks: true,
    accurateTrackBounce: true,
    ecommerce: false,
    webvisor: false,
    scriptUrl: 'https://mc.yandex.ru/metrika/tag.js',
    nonce: undefined,
  };
  const id = typeof raw.id === 'string' && /^\d{1,15}$/.test(raw.id) ? Number(raw.id) : raw.id;
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) out.id = id;
  else v.add('id', raw.id, 'a Metrica counter id: a whole number such as 12345678');
  for (const key of ['clickmap', 'trackLinks', 'webvisor'] as const) {
    if (raw[key] !== undefined && v.boolean(key, raw[key])) out[key] = raw[key];
  }
  const bounce = raw.accurateTrackBounce;
  if (bounce !== undefined) {
    if (typeof bounce === 'boolean' || (typeof bounce === 'number' && Number.isInteger(bounce) && bounce > 0)) out.accurateTrackBounce = bounce;
    else v.add('accurateTrackBounce', bounce, 'true, false, or a number of milliseconds');
  }
  const ecommerce = raw.ecommerce;
  if (ecommerce !== undefined) {
    if (typeof ecommerce === 'boolean' || (typeof ecommerce === 'string' && /^[A-Za-z_$][\w$]{0,63}$/.test(ecommerce))) out.ecommerce = ecommerce;
    else v.add('ecommerce', ecommerce, 'true, false, or the name of a global array such as "dataLayer"');
  }
  if (raw.scriptUrl !== undefined && v.string('scriptUrl', raw.scriptUrl, SCRIPT_URL, `${SCRIPT_URL_EXPECTED} of tag.js`)) out.scriptUrl = raw.scriptUrl;
  if (raw.nonce !== undefined && v.string('nonce', raw.nonce)) out.nonce = raw.nonce;
  return v.issues.length > 0 ? { options: null, issues: strip(v.issues) } : { options: out, issues: [] };
}
