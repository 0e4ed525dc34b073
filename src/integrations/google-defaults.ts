// Apart from the rules (google-options.ts): what an app starts Google with, up front, while the
// rules come with the config's checker, in its lazy chunk (an app's bundler splits by module).
import type { GoogleOptions } from '../core/types';
import type { ConsentSignal, SignalMap } from './consent-mode';
import { DEFAULT_SIGNAL_MAP } from './consent-mode';

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

/** The options with defaults, for options already checked. */
export function googleDefaults(raw: GoogleOptions): ResolvedGoogleOptions {
  const signals: SignalMap = { ...DEFAULT_SIGNAL_MAP };
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
