import { has } from './checks';
import { ID_PATTERN } from './ids';

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
}

export const FORMAT_VERSION = '2';
/** Far above any real choice, far below the 4096-byte cookie limit: a longer value is not ours. */
export const MAX_COOKIE_LENGTH = 3000;
const FIELD = '~';
const ITEM = '|';
const KEY = /^[a-z][a-z0-9_-]{0,47}$/;
const REVISION = /^[A-Za-z0-9._-]{1,40}$/;
const BASE36 = /^[0-9a-z]{1,12}$/;

/**
 * v2: `2~consentId~revision~created36~updated36~sequence36~flags~cats~services`,
 * lists as `key=1|key=0`. Only characters js-cookie leaves unescaped, so the cookie stays short.
 */
export function encodeChoice(choice: StoredChoice): string {
  return [
    FORMAT_VERSION,
    choice.consentId,
    choice.revision,
    choice.createdAt.toString(36),
    choice.updatedAt.toString(36),
    choice.sequence.toString(36),
    choice.gpcOverride ? 'g' : '-',
    encodeMap(choice.categories),
    encodeMap(choice.services),
  ].join(FIELD);
}

/**
 * Reads any version we ever wrote; anything else (corrupted, forged, oversized,
 * from the future) is `null`, which means 'not decided': ask again, never throw.
 */
export function decodeChoice(raw: string | undefined | null, now: number): StoredChoice | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_COOKIE_LENGTH) return null;
  const fields = raw.split(FIELD);
  // Own keys only: a cookie "valueOf~…" or "__proto__~…" must not find Object.prototype's (it threw).
  const version = fields[0] ?? '';
  const decoder = has(DECODERS, version) ? DECODERS[version] : undefined;
  const choice = decoder ? decoder(fields) : null;
  return choice && plausible(choice, now) ? choice : null;
}

type Decoder = (fields: string[]) => StoredChoice | null;

const DECODERS: Record<string, Decoder> = {
  // v1, written by the 0.0.x pre-releases: `1~consentId~revision~updated36~cats`, no services.
  '1': (f) => {
    if (f.length !== 5) return null;
    const updatedAt = int36(f[3]);
    const categories = decodeMap(f[4]);
    if (updatedAt === null || !categories) return null;
    return { consentId: f[1]!, revision: f[2]!, createdAt: updatedAt, updatedAt, sequence: 1, gpcOverride: false, categories, services: {} };
  },
  '2': (f) => {
    if (f.length !== 9 || (f[6] !== 'g' && f[6] !== '-')) return null;
    const [createdAt, updatedAt, sequence] = [int36(f[3]), int36(f[4]), int36(f[5])];
    const categories = decodeMap(f[7]);
    const services = decodeMap(f[8]);
    if (createdAt === null || updatedAt === null || sequence === null || !categories || !services) return null;
    return { consentId: f[1]!, revision: f[2]!, createdAt, updatedAt, sequence, gpcOverride: f[6] === 'g', categories, services };
  },
};

/** One day of clock skew is tolerated; a choice made further in the future is forged. */
const SKEW_MS = 24 * 60 * 60 * 1000;

function plausible(c: StoredChoice, now: number): boolean {
  return (
    ID_PATTERN.test(c.consentId) &&
    REVISION.test(c.revision) &&
    c.createdAt <= c.updatedAt &&
    c.updatedAt <= now + SKEW_MS &&
    c.sequence >= 1
  );
}

function encodeMap(map: Record<string, boolean>): string {
  return Object.entries(map)
    .map(([key, value]) => `${key}=${value ? 1 : 0}`)
    .join(ITEM);
}

function decodeMap(text: string | undefined): Record<string, boolean> | null {
  if (text === undefined) return null;
  const map: Record<string, boolean> = {};
  if (text === '') return map;
  for (const item of text.split(ITEM)) {
    const [key, value, extra] = item.split('=');
    if (extra !== undefined || !key || !KEY.test(key) || (value !== '1' && value !== '0') || has(map, key)) return null;
    map[key] = value === '1';
  }
  return map;
}

function int36(text: string | undefined): number | null {
  if (!text || !BASE36.test(text)) return null;
  const n = parseInt(text, 36);
  return Number.isSafeInteger(n) ? n : null;
}
