import { CATEGORY_KEY, URL_OR_PATH } from '../core/patterns';
import type { Finding } from '../core/spec';
import { check, int, keysOf, obj, oneOf, opt, ref, str } from '../core/spec';
import type { GoogleOptions } from '../core/types';
import type { SignalMap } from './consent-mode';
import { CONSENT_SIGNALS, DEFAULT_SIGNAL_MAP } from './consent-mode';

export type { GoogleOptions } from '../core/types';

export interface ResolvedGoogleOptions {
  measurementId: string | undefined;
  containerId: string | undefined;
  mode: 'basic' | 'advanced';
  signals: SignalMap;
  waitForUpdate: number;
  scriptUrl: string;
  nonce: string | undefined;
}

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

/**
 * Checks options given in code (npm): `options` is `null` when any is wrong (the integration
 * then loads nothing). With the site's `categories`, `signals` must name one of them. The
 * findings carry no words: `reportFindings` fetches them, only when there are findings.
 */
export function readGoogleOptions(raw: unknown, categories?: readonly string[]): { options: ResolvedGoogleOptions | null; findings: Finding[] } {
  const findings = check(GOOGLE_SPEC, raw, categories && { category: [...categories] });
  return { options: findings.length ? null : googleDefaults(raw as GoogleOptions), findings };
}
