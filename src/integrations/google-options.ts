import { IssueList, list } from '../core/checks';
import type { ConfigIssue } from '../core/types';
import type { ConsentSignal, SignalMap } from './consent-mode';
import { CONSENT_SIGNALS, DEFAULT_SIGNAL_MAP } from './consent-mode';
import { strip } from '../gate/report';
import { SCRIPT_URL, SCRIPT_URL_EXPECTED } from './script-url';

export interface GoogleOptions {
  /** GA4 measurement id (`G-XXXXXXX`): gtag.js loads for the `google-analytics` service. */
  measurementId?: string;
  /** Tag Manager container id (`GTM-XXXXXX`): the container loads for the `google-tag-manager` service. */
  containerId?: string;
  /**
   * `basic` (default): Google tags load only after consent. `advanced`: they load at once with
   * every signal denied and send cookieless pings before any choice; data still reaches Google,
   * which EU regulators may see as processing without consent: opt in only on legal advice.
   */
  mode?: 'basic' | 'advanced';
  /** Which category grants each Consent Mode signal; merged over the defaults (`necessary` = always). */
  signals?: Partial<SignalMap>;
  /** `wait_for_update` of the default command, in ms. Default 500. */
  waitForUpdate?: number;
  /** Where gtag/js and gtm.js are served from (a proxy, server-side GTM). Default `https://www.googletagmanager.com`. */
  scriptUrl?: string;
  /** CSP nonce for the scripts Consentry adds. The script-tag build passes its own. */
  nonce?: string;
}

export interface ResolvedGoogleOptions {
  measurementId: string | undefined;
  containerId: string | undefined;
  mode: 'basic' | 'advanced';
  signals: SignalMap;
  waitForUpdate: number;
  scriptUrl: string;
  nonce: string | undefined;
}

const KEYS = ['measurementId', 'containerId', 'mode', 'signals', 'waitForUpdate', 'scriptUrl', 'nonce'];
const CATEGORY = /^[a-z][a-z0-9_-]{0,31}$/;

/** The options with defaults, for options already checked (the script-tag boot). */
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

/** Validates the options; `options` is `null` when any is wrong (the integration then loads nothing). */
export function readGoogleOptions(raw: unknown): { options: ResolvedGoogleOptions | null; issues: ConfigIssue[] } {
  const v = new IssueList();
  if (!v.object('', raw, KEYS)) return { options: null, issues: strip(v.issues) };
  const out: ResolvedGoogleOptions = {
    measurementId: undefined,
    containerId: undefined,
    mode: 'basic',
    signals: { ...DEFAULT_SIGNAL_MAP },
    waitForUpdate: 500,
    scriptUrl: 'https://www.googletagmanager.com',
    nonce: undefined,
  };
  if (raw.measurementId !== undefined && v.string('measurementId', raw.measurementId, /^G-[A-Z0-9]{4,20}$/, 'a GA4 measurement id like "G-XXXXXXX"')) out.measurementId = raw.measurementId;
  if (raw.containerId !== undefined && v.string('containerId', raw.containerId, /^GTM-[A-Z0-9]{4,12}$/, 'a Tag Manager container id like "GTM-XXXXXX"')) out.containerId = raw.containerId;
  if (raw.measurementId === undefined && raw.containerId === undefined) v.add('measurementId', undefined, 'a GA4 measurement id like "G-XXXXXXX", or a containerId like "GTM-XXXXXX"');
  if (raw.mode !== undefined && v.oneOf('mode', raw.mode, ['basic', 'advanced'] as const)) out.mode = raw.mode;
  if (raw.signals !== undefined && v.object('signals', raw.signals, CONSENT_SIGNALS)) {
    for (const [signal, category] of Object.entries(raw.signals)) {
      if ((CONSENT_SIGNALS as readonly string[]).includes(signal) && v.string(`signals.${signal}`, category, CATEGORY, 'a category key such as "analytics", or "necessary" for always granted')) {
        out.signals[signal as ConsentSignal] = category;
      }
    }
  }
  if (raw.waitForUpdate !== undefined && v.integer('waitForUpdate', raw.waitForUpdate, 0, 10_000)) out.waitForUpdate = raw.waitForUpdate;
  if (raw.scriptUrl !== undefined && v.string('scriptUrl', raw.scriptUrl, SCRIPT_URL, `${SCRIPT_URL_EXPECTED} serving gtag/js and gtm.js`)) out.scriptUrl = raw.scriptUrl.replace(/\/+$/, '');
  if (raw.nonce !== undefined && v.string('nonce', raw.nonce)) out.nonce = raw.nonce;
  return v.issues.length > 0 ? { options: null, issues: strip(v.issues) } : { options: out, issues: [] };
}

/** Signals mapped to categories the site does not have, when set explicitly (defaults may miss: they stay denied). */
export function unknownSignalCategories(raw: GoogleOptions['signals'], categories: readonly string[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const [signal, category] of Object.entries(raw ?? {})) {
    if (category !== 'necessary' && !categories.includes(category)) issues.push({ path: `signals.${signal}`, value: JSON.stringify(category), expected: `"necessary" or a category of the config: one of ${list(categories)}` });
  }
  return issues;
}
