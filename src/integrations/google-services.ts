import { isPlainObject } from '../core/checks';
import type { GoogleOptions, ServiceFacts } from '../core/types';

export const GOOGLE_ANALYTICS = 'google-analytics';
export const GOOGLE_TAG_MANAGER = 'google-tag-manager';

/**
 * What Google's tags set today. GA4's gtag.js: `_ga` and `_ga_<id>` (support.google.com/analytics/answer/11397207;
 * `_gid` and `_gat` were Universal Analytics', which `measurementId` cannot load). A container's
 * Google tags (GA4, Google Ads, the conversion linker, Floodlight) set those and the ads ones,
 * `_gcl_*` and `_gac_gb_<id>`. The ads ones are Tag Manager's alone: they follow `ad_storage`,
 * which follows marketing, not Analytics' category, and a refused Analytics must not erase the
 * conversion linker's cookies of an allowed container (the clean-up spares what an allowed service lists).
 */
const ANALYTICS_COOKIES = ['_ga', '_ga_*'];
const ADS_COOKIES = ['_gcl_*', '_gac_gb_*'];
const TAG_MANAGER_COOKIES = [...ANALYTICS_COOKIES, ...ADS_COOKIES];

/**
 * The services Google brings, only those configured (`options` as given, checked or not): what
 * gating and clean-up need. Their texts: `disclosures-en.ts`… GA4's cookies are the container's
 * too only without Google Analytics, or when the site maps `analytics_storage` itself: else that
 * signal follows Analytics' category (google-defaults.ts), and no Google tag, the container's
 * either, writes them while it is denied. Spared for an allowed container, a refused Analytics'
 * `_ga` would keep the visitor's id past their withdrawal, to be read again on a later grant.
 */
export function googleServices(options: unknown): Record<string, ServiceFacts> {
  const { measurementId, containerId, signals } = (isPlainObject(options) ? options : {}) as GoogleOptions;
  const out: Record<string, ServiceFacts> = {};
  if (measurementId !== undefined) out[GOOGLE_ANALYTICS] = { country: 'US', cookies: ANALYTICS_COOKIES };
  if (containerId !== undefined) out[GOOGLE_TAG_MANAGER] = { country: 'US', cookies: out[GOOGLE_ANALYTICS] && signals?.analytics_storage === undefined ? ADS_COOKIES : TAG_MANAGER_COOKIES };
  return out;
}
