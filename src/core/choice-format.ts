import { has } from './checks';
import { ID_PATTERN } from './ids';

// Writing a choice is in encode-choice.ts: only a decision needs it, so an app's bundler puts it in
// the decisions' chunk.

/** The visitor's choice as kept in the consent cookie. Refusals are kept too. */
export interface StoredChoice {
  consentId: string;
  revision: string;
  /** First decision with this consent id (ms since epoch). */
  createdAt: number;
  /** Last decision (ms since epoch); the lifetime counts from here. */
  updatedAt: number;
  /** Sequence number of the last record made. */
  sequence: number;
  /** The visitor granted a GPC-refused category explicitly, on a page where GPC was present. */
  gpcOverride: boolean;
  categories: Record<string, boolean>;
  /** Explicit per-service choices; services not named follow their category. */
  services: Record<string, boolean>;
  /**
   * What the granted optional categories held when the choice was made: `serviceHash` of each of
   * their services, run together. A service added to them since asks again (choice.ts). Absent in
   * a cookie written before they were kept; empty when they held none.
   */
  held?: string | undefined;
}

export const FORMAT_VERSION = '2';
/** Far above any real choice, far below the 4096-byte cookie limit: a longer value is not ours. */
export const MAX_COOKIE_LENGTH = 3000;
export const FIELD = '~';
export const ITEM = '|';
const KEY = /^[a-z][a-z0-9_-]{0,47}$/;
const REVISION = /^[A-Za-z0-9._-]{1,40}$/;
const BASE36 = /^[0-9a-z]{1,10}$/;

/** How far ahead of this device's clock a stored choice may be (another device's clock, a clock set back): one day. */
export const CLOCK_SKEW = 864e5;

/**
 * Reads any version we ever wrote; anything else (corrupted, forged, oversized,
 * from the future) is `null`, which means 'not decided': ask again, never throw.
 * v1, written by the 0.0.x pre-releases: `1~consentId~revision~updated36~cats`, no services.
 * A v2 cookie written before the granted services' hashes were kept has 9 fields, not 10: no mass
 * re-prompt on upgrade, such a choice holds as it did (choice.ts).
 */
export function decodeChoice(raw: string | undefined | null, now: number): StoredChoice | null {
  if (typeof raw !== 'string' || raw.length > MAX_COOKIE_LENGTH) return null;
  const f = raw.split(FIELD);
  const v1 = f[0] === '1' && f.length === 5;
  if (!v1 && !(f[0] === FORMAT_VERSION && (f.length === 9 || f.length === 10) && /^[g-]$/.test(f[6]!))) return null;
  const held = f[9];
  const choice: StoredChoice = {
    consentId: f[1]!,
    revision: f[2]!,
    createdAt: int36(f[3]),
    updatedAt: int36(f[v1 ? 3 : 4]),
    sequence: v1 ? 1 : int36(f[5]),
    gpcOverride: f[6] === 'g',
    categories: decodeMap(f[v1 ? 4 : 7]!)!,
    services: v1 ? {} : decodeMap(f[8]!)!,
    held,
  };
  // NaN (a bad number) fails every comparison; a choice further in the future than CLOCK_SKEW is forged.
  return choice.categories &&
    choice.services &&
    ID_PATTERN.test(choice.consentId) &&
    REVISION.test(choice.revision) &&
    choice.createdAt <= choice.updatedAt &&
    choice.updatedAt <= now + CLOCK_SKEW &&
    choice.sequence >= 1 &&
    /^([0-9a-z]{6})*$/.test(held ?? '')
    ? choice
    : null;
}

function decodeMap(text: string): Record<string, boolean> | null {
  const map: Record<string, boolean> = {};
  for (const item of text ? text.split(ITEM) : []) {
    const [key, value, extra] = item.split('=');
    if (extra !== undefined || !KEY.test(key!) || !/^[01]$/.test(value!) || has(map, key!)) return null;
    map[key!] = value === '1';
  }
  return map;
}

/** Base-36 milliseconds or a count; at most 10 digits, so always a safe integer. */
function int36(text: string | undefined): number {
  return BASE36.test(text ?? '') ? parseInt(text!, 36) : NaN;
}
