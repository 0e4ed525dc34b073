import { CATEGORY_KEY, URL_OR_PATH } from '../core/patterns';
import { int, keysOf, obj, oneOf, opt, ref, str } from '../core/spec';
import { CONSENT_SIGNALS } from './consent-mode';

export type { GoogleOptions } from '../core/types';

/** The rules of `integrations.google` (and of `google()`'s options). Signals must name a category of the config. */
export const GOOGLE_SPEC = obj(
  {
    measurementId: opt(str(/^G-[A-Z0-9]{4,20}$/, 'ga4')),
    containerId: opt(str(/^GTM-[A-Z0-9]{4,12}$/, 'gtm')),
    mode: opt(oneOf(['basic', 'advanced'])),
    signals: opt(keysOf(CONSENT_SIGNALS, ref('category', 'signal', { shape: str(CATEGORY_KEY, 'signalKey') }))),
    waitForUpdate: opt(int(0, 10_000)),
    scriptUrl: opt(str(URL_OR_PATH, 'gtagUrl')),
    nonce: opt(str()),
  },
  { rules: [{ when: { measurementId: undefined, containerId: undefined }, at: 'measurementId', code: 'gaOrGtm' }] },
);
