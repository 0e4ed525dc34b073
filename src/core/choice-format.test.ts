import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { StoredChoice } from './choice-format';
import { FORMAT_VERSION, MAX_COOKIE_LENGTH, decodeChoice } from './choice-format';
import { encodeChoice } from './encode-choice';
import { choiceMaps } from './choice-maps';
import { ID_PATTERN } from './ids';
import { readConsent } from './read-consent';
import { resolveConfig } from './resolve';
import { serviceHash } from './service-hash';
import { largestAccepted } from './testing/longest-config';
import type { ConsentryConfig } from './types';
import { integrationFacts } from '../integrations/config-facts';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const DAY = 24 * 60 * 60 * 1000;
const ID = 'AbCdEfGhIjKlMnOpQrStUv';

function choice(overrides: Partial<StoredChoice> = {}): StoredChoice {
  return {
    consentId: ID,
    revision: '2026-01',
    createdAt: NOW - 10 * DAY,
    updatedAt: NOW - DAY,
    sequence: 3,
    gpcOverride: false,
    categories: { analytics: true, marketing: false },
    services: { 'stats-tool': false },
    ...overrides,
  };
}

/** What a decoded choice must look like to be trusted: the same checks a reader relies on. */
function expectPlausible(c: StoredChoice, now: number): void {
  expect(c.consentId).toMatch(ID_PATTERN);
  expect(c.revision).toMatch(/^[A-Za-z0-9._-]{1,40}$/);
  expect(Number.isSafeInteger(c.createdAt) && Number.isSafeInteger(c.updatedAt)).toBe(true);
  expect(c.createdAt).toBeLessThanOrEqual(c.updatedAt);
  expect(c.updatedAt).toBeLessThanOrEqual(now + DAY);
  expect(Number.isSafeInteger(c.sequence) && c.sequence >= 1).toBe(true);
  expect(typeof c.gpcOverride).toBe('boolean');
  if (c.held !== undefined) expect(c.held).toMatch(/^([0-9a-z]{6})*$/);
  for (const map of [c.categories, c.services]) {
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    for (const [key, value] of Object.entries(map)) {
      expect(key).toMatch(/^[a-z][a-z0-9_-]{0,47}$/);
      expect(typeof value).toBe('boolean');
    }
  }
}

describe('round trip', () => {
  test('a choice is written compactly and read back unchanged, refusals included', () => {
    const c = choice({ gpcOverride: true });
    const raw = encodeChoice(c);
    expect(raw.startsWith(`${FORMAT_VERSION}~`)).toBe(true);
    expect(raw).toContain('marketing=0'); // a refusal is stored, not just left out
    expect(raw.length).toBeLessThan(120);
    expect(decodeChoice(raw, NOW)).toEqual(c);
  });

  test('only characters js-cookie writes as they are (no %-escapes, no ; , or spaces)', () => {
    const raw = encodeChoice(choice({ consentId: 'a-b_c'.repeat(5), revision: 'v1.2_3-x' }));
    const jsCookieWrite = encodeURIComponent(raw).replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, decodeURIComponent);
    expect(jsCookieWrite).toBe(raw);
  });

  test('empty maps', () => {
    const c = choice({ categories: {}, services: {} });
    expect(decodeChoice(encodeChoice(c), NOW)).toEqual(c);
  });

  test('the granted services\' hashes, 6 characters each, run together in a tenth field; none is an empty one, not a missing one', () => {
    const held = serviceHash('analytics', 'google-analytics') + serviceHash('analytics', 'yandex-metrica');
    const raw = encodeChoice(choice({ held }));
    expect(raw.split('~')).toHaveLength(10);
    expect(raw.endsWith(`~${held}`)).toBe(true);
    expect(decodeChoice(raw, NOW)!.held).toBe(held);
    const none = encodeChoice(choice({ held: '' }));
    expect(none.endsWith('~')).toBe(true);
    expect(decodeChoice(none, NOW)!.held).toBe('');
  });

  test('property: every valid choice round-trips', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_-]{0,20}$/);
    const arbitraryChoice = fc
      .record({
        consentId: fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
        revision: fc.stringMatching(/^[A-Za-z0-9._-]{1,40}$/),
        createdAt: fc.integer({ min: 0, max: NOW }),
        age: fc.integer({ min: 0, max: 400 * DAY }),
        sequence: fc.integer({ min: 1, max: 1_000_000_000 }),
        gpcOverride: fc.boolean(),
        categories: fc.dictionary(key, fc.boolean(), { maxKeys: 32 }),
        services: fc.dictionary(key, fc.boolean(), { maxKeys: 40 }),
        held: fc.option(fc.array(fc.stringMatching(/^[0-9a-z]{6}$/), { maxLength: 40 }).map((hashes) => hashes.join('')), { nil: undefined }),
      })
      .map(({ age, ...c }): StoredChoice => ({ ...c, updatedAt: Math.min(NOW + DAY, c.createdAt + age) }));
    fc.assert(
      fc.property(arbitraryChoice, (c) => {
        expect(decodeChoice(encodeChoice(c), NOW)).toEqual(c);
      }),
      { numRuns: 500 },
    );
  });
});

describe("length at the config's extreme limits", () => {
  /**
   * The longest choice a config can make: every optional category granted, each of its services
   * refused one by one (so each is both named, `key=0`, and held, 6 characters), with the longest
   * consent id, revision and numbers the cookie takes.
   */
  function longestChoice(config: ConsentryConfig): StoredChoice {
    const resolved = resolveConfig(config, integrationFacts(config));
    const grants = Object.fromEntries(resolved.categories.map((c) => [c.key, true]));
    const refusals = Object.fromEntries(Object.keys(resolved.services).map((s) => [s, false]));
    const max = 36 ** 10 - 1;
    return choice({ consentId: 'x'.repeat(64), revision: config.policy.revision, createdAt: max, updatedAt: max, sequence: max, ...choiceMaps(resolved, grants, refusals) });
  }

  /** What a browser keeps: the name and the value, as js-cookie writes them, at most 4,096 bytes; the value read back whole. */
  function expectKept(config: ConsentryConfig, c: StoredChoice): void {
    const raw = encodeChoice(c);
    const written = `${config.cookie!.name}=${encodeURIComponent(raw).replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, decodeURIComponent)}`;
    expect(new TextEncoder().encode(written).length).toBeLessThanOrEqual(4096);
    expect(raw.length).toBeLessThanOrEqual(MAX_COOKIE_LENGTH);
    expect(decodeChoice(raw, 36 ** 10)).toEqual(c);
  }

  test('the largest config the checker accepts, every category granted and each service refused one by one: the cookie fits in 4,096 bytes and is read back', () => {
    const config = largestAccepted();
    const c = longestChoice(config);
    expect(Object.keys(c.categories)).toHaveLength(31);
    expect(Object.values(c.services).every((v) => !v)).toBe(true);
    expect(c.held).toHaveLength(6 * Object.keys(c.services).length);
    expectKept(config, c);
    const raw = encodeChoice(c);
    const refused = Object.keys(c.services)[0]!;
    expect(readConsent({ value: raw }, config, { now: () => 36 ** 10 })).toMatchObject({ decided: true, services: { [refused]: false } });
  });

  test('property: so is every largest config of any shape the checker accepts', () => {
    const shape = fc.record({
      categories: fc.integer({ min: 1, max: 31 }),
      categoryKey: fc.integer({ min: 3, max: 32 }),
      services: fc.integer({ min: 0, max: 124 }),
      serviceKey: fc.integer({ min: 3, max: 48 }),
      cookieName: fc.integer({ min: 1, max: 64 }),
    });
    fc.assert(
      fc.property(shape, (extremes) => {
        const config = largestAccepted(extremes);
        expectKept(config, longestChoice(config));
      }),
      { numRuns: 40 },
    );
  });
});

describe('migration', () => {
  test('a v1 cookie (0.0.x pre-releases) is read as a v2 choice', () => {
    const updated = NOW - 5 * DAY;
    const v1 = `1~${ID}~2025-12~${updated.toString(36)}~analytics=1|marketing=0`;
    expect(decodeChoice(v1, NOW)).toEqual({
      consentId: ID,
      revision: '2025-12',
      createdAt: updated,
      updatedAt: updated,
      sequence: 1,
      gpcOverride: false,
      categories: { analytics: true, marketing: false },
      services: {},
    });
  });

  test('a v2 cookie written before the granted services were held (9 fields, already on visitors\' devices) is read as it was, and written back unchanged', () => {
    const old = `2~${ID}~2026-01~${(NOW - 10 * DAY).toString(36)}~${(NOW - DAY).toString(36)}~3~-~analytics=1|marketing=0~stats-tool=0`;
    const decoded = decodeChoice(old, NOW);
    expect(decoded).toEqual(choice());
    expect(decoded!.held).toBeUndefined();
    expect(encodeChoice(decoded!)).toBe(old);
  });

  test('a migrated choice is written back in the current version', () => {
    const v1 = `1~${ID}~2025-12~${(NOW - DAY).toString(36)}~analytics=1`;
    const migrated = decodeChoice(v1, NOW)!;
    expect(encodeChoice(migrated).startsWith('2~')).toBe(true);
    expect(decodeChoice(encodeChoice(migrated), NOW)).toEqual(migrated);
  });

  test('a malformed v1 cookie is not decided', () => {
    expect(decodeChoice(`1~${ID}~2025-12~${NOW.toString(36)}`, NOW)).toBeNull();
    expect(decodeChoice(`1~${ID}~2025-12~${NOW.toString(36)}~analytics=1~extra`, NOW)).toBeNull();
    expect(decodeChoice(`1~short~2025-12~${NOW.toString(36)}~analytics=1`, NOW)).toBeNull();
  });
});

describe('every way a cookie can be bad means "not decided", never a throw', () => {
  const good = () => encodeChoice(choice());
  const fields = () => good().split('~');
  const withField = (i: number, value: string) => {
    const f = fields();
    f[i] = value;
    return f.join('~');
  };

  test.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['a version only', '2'],
    ['an unknown version', good().replace(/^2/, '3')],
    ['a version from the future', `9~${good().slice(2)}`],
    ['no version', good().slice(2)],
    ['truncated in the middle of a field', good().slice(0, 30)],
    ['one field short', fields().slice(0, 8).join('~')],
    ['a tenth field that is not hashes', `${good()}~x`],
    ['one field too many', `${good()}~abcdef~x`],
    ['a hash of 5 characters', `${good()}~abcde`],
    ['a hash cut short', `${good()}~abcdefabc`],
    ['an upper-case hash', `${good()}~ABCDEF`],
    ['hashes with a separator', `${good()}~abcdef|ghijkl`],
    ['a bad flag', withField(6, 'x')],
    ['a consent id too short', withField(1, 'abc')],
    ['a consent id with forbidden characters', withField(1, 'AbCdEfGh<script>IjKlMn')],
    ['an empty revision', withField(2, '')],
    ['a revision with a space', withField(2, '2026 01')],
    ['a timestamp that is not base36', withField(4, 'ZZ')],
    ['a negative timestamp', withField(4, `-${NOW.toString(36)}`)],
    ['an unsafe integer', withField(4, 'zzzzzzzzzzzz')],
    ['sequence 0', withField(5, '0')],
    ['created after updated', withField(3, (NOW + 1000).toString(36))],
    ['updated in the future beyond a day of clock skew', withField(4, (NOW + 2 * DAY).toString(36)).replace(fields()[3]!, NOW.toString(36))],
    ['a grant that is not 0 or 1', withField(7, 'analytics=yes')],
    ['a grant with no value', withField(7, 'analytics')],
    ['an item with two "="', withField(7, 'analytics=1=1')],
    ['an empty item', withField(7, 'analytics=1||marketing=0')],
    ['a duplicate key (which one would win?)', withField(7, 'analytics=0|analytics=1')],
    ['an upper-case key', withField(7, 'Analytics=1')],
    ['a "__proto__" key', withField(7, '__proto__=1')],
    ['a key with a dot', withField(8, 'a.b=0')],
    ['oversized', `${good()}|${'x'.repeat(MAX_COOKIE_LENGTH)}`],
    ['URI-encoded junk', '%E0%A4%A'],
    ['URI-encoded choice', encodeURIComponent(good()).replace(/~/g, '%7E')],
    ['JSON', JSON.stringify(choice())],
    ['a "valueOf" version (an Object.prototype name)', `valueOf~${good().slice(2)}`],
    ['a "__proto__" version', `__proto__~${good().slice(2)}`],
    ['a "constructor" version', `constructor~${good().slice(2)}`],
    ['"toString" alone', 'toString'],
    ['unicode', `2~${ID}~2026-01~💥~${NOW.toString(36)}~1~-~~`],
  ])('%s', (_name, raw) => {
    expect(decodeChoice(raw as string | undefined, NOW)).toBeNull();
  });

  test('a choice within a day of clock skew is still trusted', () => {
    const c = choice({ createdAt: NOW + DAY / 2, updatedAt: NOW + DAY / 2 });
    expect(decodeChoice(encodeChoice(c), NOW)).toEqual(c);
  });

  test('prototype keys are plain data: "constructor" is an own key, nothing is polluted', () => {
    const decoded = decodeChoice(withFieldOf(good(), 7, 'constructor=0|analytics=1'), NOW)!;
    expect(decoded).not.toBeNull();
    expect(Object.prototype.hasOwnProperty.call(decoded.categories, 'constructor')).toBe(true);
    expect(decoded.categories.constructor).toBe(false);
    expect(({} as Record<string, unknown>).analytics).toBeUndefined();
    // A map that lacks the key must not find Object.prototype's.
    expect(decodeChoice(withFieldOf(good(), 7, 'constructor=1|constructor=1'), NOW)).toBeNull();
  });

  test('property: arbitrary strings never throw and decode to null or a plausible choice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        const decoded = decodeChoice(raw, NOW);
        if (decoded !== null) expectPlausible(decoded, NOW);
      }),
      { numRuns: 2000 },
    );
  });

  // Generating 1000 binary strings is slow on a busy 2-core machine: a generous timeout, no timing asserted.
  test('property: arbitrary unicode (lone surrogates included) never throws', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const decoded = decodeChoice(raw, NOW);
        if (decoded !== null) expectPlausible(decoded, NOW);
      }),
      { numRuns: 1000 },
    );
  });

  test('property: strings built from the format\'s own pieces never throw and are plausible when accepted', () => {
    const piece = fc.constantFrom('1', '2', '~', '|', '=', '0', '-', 'g', 'a', 'z', ID, '2026-01', NOW.toString(36), 'analytics', 'constructor', '__proto__', 'abcdef', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const raw = pieces.join('');
        const decoded = decodeChoice(raw, NOW);
        if (decoded !== null) expectPlausible(decoded, NOW);
      }),
      { numRuns: 3000 },
    );
  });

  test('property: a real cookie cut short anywhere never throws', () => {
    const raw = good();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: raw.length }), (cut) => {
        const decoded = decodeChoice(raw.slice(0, cut), NOW);
        if (decoded !== null) expectPlausible(decoded, NOW);
      }),
    );
  });
});

function withFieldOf(raw: string, i: number, value: string): string {
  const f = raw.split('~');
  f[i] = value;
  return f.join('~');
}
