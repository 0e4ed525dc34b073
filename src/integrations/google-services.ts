import type { ServiceFacts } from '../core/types';

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
const TAG_MANAGER_COOKIES = [...ANALYTICS_COOKIES, '_gcl_*', '_gac_gb_*'];

/** The services Google brings, only those configured: what gating and clean-up need. Their texts: `disclosures-en.ts`… */
export function googleServices(which: { analytics: boolean; tagManager: boolean }): Record<string, ServiceFacts> {
  const out: Record<string, ServiceFacts> = {};
  if (which.analytics) out[GOOGLE_ANALYTICS] = { country: 'US', cookies: ANALYTICS_COOKIES };
  if (which.tagManager) out[GOOGLE_TAG_MANAGER] = { country: 'US', cookies: TAG_MANAGER_COOKIES };
  return out;
}
