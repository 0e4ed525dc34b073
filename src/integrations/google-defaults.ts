// Apart from the rules (google-options.ts): what an app starts Google with, up front, while the
// rules come with the config's checker, in its lazy chunk (an app's bundler splits by module).
import type { GoogleOptions } from '../core/types';
import type { ConsentSignal, SignalMap } from './consent-mode';
import { DEFAULT_SIGNAL_MAP } from './consent-mode';
import { GOOGLE_ANALYTICS } from './google-services';

export interface ResolvedGoogleOptions {
  measurementId: string | undefined;
  containerId: string | undefined;
  mode: 'basic' | 'advanced';
  signals: SignalMap;
  /**
   * A signal the denied default denies is mapped to `necessary`, so the first update, at start,
   * grants it (worked out here, with the checker, not by the core on every page it starts on).
   */
  grantsAtStart: boolean;
  waitForUpdate: number;
  scriptUrl: string;
  nonce: string | undefined;
}

/**
 * The options with defaults, for options already checked; `services` are the config's, with the
 * category that lists each. `analytics_storage` is granted by the category that lists
 * `google-analytics` (a site's "statistics", say), not by one that merely has the name
 * "analytics"; never by "necessary" (a tracker there is a warning, not a reason to grant a
 * signal), and by the default map's otherwise. (No Google Ads service is known, so the ad
 * signals keep "marketing": Tag Manager's category says nothing of what its tags are.)
 */
export function googleDefaults(raw: GoogleOptions, services: Readonly<Record<string, { category: string }>> = {}): ResolvedGoogleOptions {
  const signals: SignalMap = { ...DEFAULT_SIGNAL_MAP };
  const analytics = services[GOOGLE_ANALYTICS]?.category;
  if (analytics && analytics !== 'necessary') signals.analytics_storage = analytics;
  // A signal given as `undefined` (a variable not set) keeps its default, as the checker takes it:
  // spread over the map, it mapped the signal to no category, so it stayed denied.
  for (const [signal, category] of Object.entries(raw.signals ?? {})) if (category !== undefined) signals[signal as ConsentSignal] = category;
  return {
    measurementId: raw.measurementId,
    containerId: raw.containerId,
    mode: raw.mode ?? 'basic',
    signals,
    grantsAtStart: Object.entries(signals).some(([signal, category]) => category === 'necessary' && signal !== 'security_storage'),
    waitForUpdate: raw.waitForUpdate ?? 500,
    scriptUrl: (raw.scriptUrl ?? 'https://www.googletagmanager.com').replace(/\/+$/, ''),
    nonce: raw.nonce,
  };
}
