// Apart from the rules (google-options.ts): what an app starts Google with, up front, while the
// rules come with the config's checker, in its lazy chunk (an app's bundler splits by module).
import type { GoogleOptions } from '../core/types';
import type { SignalMap } from './consent-mode';
import { DEFAULT_SIGNAL_MAP } from './consent-mode';

export interface ResolvedGoogleOptions {
  measurementId: string | undefined;
  containerId: string | undefined;
  mode: 'basic' | 'advanced';
  signals: SignalMap;
  waitForUpdate: number;
  scriptUrl: string;
  nonce: string | undefined;
}

/** The options with defaults, for options already checked. */
export function googleDefaults(raw: GoogleOptions): ResolvedGoogleOptions {
  return {
    measurementId: raw.measurementId,
    containerId: raw.containerId,
    mode: raw.mode ?? 'basic',
    signals: { ...DEFAULT_SIGNAL_MAP, ...raw.signals },
    waitForUpdate: raw.waitForUpdate ?? 500,
    scriptUrl: (raw.scriptUrl ?? 'https://www.googletagmanager.com').replace(/\/+$/, ''),
    nonce: raw.nonce,
  };
}
