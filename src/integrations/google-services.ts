import type { ServiceFacts } from '../core/types';

export const GOOGLE_ANALYTICS = 'google-analytics';
export const GOOGLE_TAG_MANAGER = 'google-tag-manager';

const ANALYTICS_COOKIES = ['_ga', '_ga_*', '_gid', '_gat*'];

/** The services Google brings, only those configured: what gating and clean-up need. Their texts: `google-disclosures.ts`. */
export function googleServices(which: { analytics: boolean; tagManager: boolean }): Record<string, ServiceFacts> {
  const out: Record<string, ServiceFacts> = {};
  if (which.analytics) out[GOOGLE_ANALYTICS] = { country: 'US', cookies: ANALYTICS_COOKIES };
  // The container's own tags set the analytics cookies and the ads conversion ones.
  if (which.tagManager) out[GOOGLE_TAG_MANAGER] = { country: 'US', cookies: [...ANALYTICS_COOKIES, '_gcl_*'] };
  return out;
}
