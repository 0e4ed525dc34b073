import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkConfig } from './config-spec';
import { createConsent } from './testing/create-consent';
import { makeRecord } from './record';
import { testConfig } from './testing/config-fixture';
import { fakeEnv } from './testing/fake-env';
import type { ConsentRecord, ConsentryConfig } from './types';
import { VERSION } from './version';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { checkRecord } from '../server/validate-record';

const schema = JSON.parse(readFileSync(new URL('./record.schema.json', import.meta.url), 'utf8')) as Record<string, any>;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** GUIDE section 3, 'Records': these fields and nothing more (plus the schema version). */
const RECORD_FIELDS = [
  'schema', // which version of this format
  'recordId', // record id (the idempotency key)
  'consentId', // random, pseudonymous, stable for the browser
  'sequence',
  'timestamp', // client timestamp
  'action',
  'categories', // per-category choices
  'services', // per-service choices
  'policy', // revision and URL
  'library', // library version
  'bannerVersion',
  'locale',
  'layer', // which layer it was made in
  'origin', // no path or query
  'gpc', // GPC is recorded
].sort();

/** Fields a record carries only when they apply: the consent text agreed to (152-FZ), the Consent Manager it came through (DPDP). */
const OPTIONAL_FIELDS = ['consentText', 'consentManager'];

/** Real records, made by a real instance through every kind of decision. */
function realRecords(config: ConsentryConfig = testConfig(), env = {}): ConsentRecord[] {
  const records: ConsentRecord[] = [];
  const fake = fakeEnv(env);
  const consent = createConsent(config, { store: memoryStore(), outbox: memoryOutbox(), now: fake.now, env: fake.env });
  consent.on('record', (r) => records.push(r));
  consent.acceptAll({ layer: 'banner' });
  consent.rejectAll({ layer: 'banner' });
  consent.set({ analytics: true }, { layer: 'preferences', services: { 'stats-tool': false } });
  consent.withdraw();
  return records;
}

describe('one record per decision', () => {
  test('accept all, reject all, custom, withdrawal: one record each, in order', () => {
    const records = realRecords();
    expect(records.map((r) => r.action)).toEqual(['accept_all', 'reject_all', 'custom', 'withdraw']);
    expect(records.map((r) => r.layer)).toEqual(['banner', 'banner', 'preferences', 'api']);
  });

  test('the fields are exactly those GUIDE section 3 lists, and nothing more', () => {
    for (const record of realRecords()) {
      expect(Object.keys(record).sort()).toEqual(RECORD_FIELDS);
      expect(Object.keys(record.policy).sort()).toEqual(['revision', 'url']);
      expect(Object.keys(record.library).sort()).toEqual(['name', 'version']);
    }
  });

  test('no IP, user agent, page path or analytics ids anywhere in a record', () => {
    const text = JSON.stringify(realRecords());
    expect(text).not.toMatch(/userAgent|Mozilla|"ip"|_ga|clientId|\/checkout/);
  });

  test('every category and service choice is recorded as it took effect', () => {
    const [accept, reject, custom, withdraw] = realRecords();
    expect(accept!.categories).toEqual({ necessary: true, analytics: true, marketing: true });
    expect(accept!.services).toEqual({ 'stats-tool': true, 'ads-tool': true });
    expect(reject!.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    expect(custom!.categories).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(custom!.services).toEqual({ 'stats-tool': false, 'ads-tool': false });
    expect(withdraw!.services).toEqual({ 'stats-tool': false, 'ads-tool': false });
  });

  test('policy, versions, locale, origin, timestamp', () => {
    const fake = fakeEnv();
    const [record] = realRecords(testConfig({ bannerVersion: '3.1' }));
    expect(record).toMatchObject({
      schema: 1,
      policy: { revision: '2026-01', url: 'https://shop.test/privacy' },
      library: { name: 'consentry', version: VERSION },
      bannerVersion: '3.1',
      locale: 'en',
      origin: 'https://shop.test',
      timestamp: new Date(fake.now()).toISOString(),
    });
  });
});

describe('the JSON Schema', () => {
  test('is valid JSON Schema 2020-12 and lists every field as required but those that apply only sometimes, nothing else allowed', () => {
    expect(() => validator()).not.toThrow();
    expect([...schema.required].sort()).toEqual(RECORD_FIELDS);
    expect(Object.keys(schema.properties).sort()).toEqual([...RECORD_FIELDS, ...OPTIONAL_FIELDS].sort());
    expect(schema.additionalProperties).toBe(false);
  });

  test('real records of every action validate', () => {
    const validate = validator();
    const records = [
      ...realRecords(),
      ...realRecords(testConfig({ language: { default: 'hi', available: ['hi', 'en'] } }), { gpc: true }),
    ];
    // A GPC withdrawal record, made at start-up.
    const store = memoryStore();
    createConsent(testConfig(), { store, outbox: memoryOutbox(), env: fakeEnv().env }).acceptAll();
    const gpcRecords: ConsentRecord[] = [];
    createConsent(testConfig(), { store, outbox: memoryOutbox(), env: fakeEnv({ gpc: true }).env, onRecord: (r) => void gpcRecords.push(r) });
    expect(gpcRecords.map((r) => r.action)).toEqual(['gpc']);
    for (const record of [...records, ...gpcRecords]) {
      const ok = validate(record);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  test('the longest policy URL the checker takes, on the longest web origin, still fits the schema', () => {
    const validate = validator();
    const origin = `https://${'o'.repeat(292)}`;
    const config = testConfig();
    config.policy.url = `/${'p'.repeat(1699)}`;
    for (const record of realRecords(config, { origin })) {
      expect(record.origin).toBe(origin);
      expect(validate(record)).toBe(true);
    }
  });

  test('every policy URL the checker takes, on the longest web origin, makes records the consent log accepts: a root-relative one is %-encoded there', () => {
    const origin = `https://${'o'.repeat(292)}`;
    const takes = (url: string) => {
      const config = testConfig();
      config.policy.url = url;
      return checkConfig(config, {}).length ? null : config;
    };
    const recordsTaken = (config: ConsentryConfig) => realRecords(config, { origin }).every((r) => checkRecord(r).ok);
    // 291 Cyrillic letters take 1,747 characters after the origin, 292 take 1,753: past the 2,048 a record holds with it.
    expect(recordsTaken(takes(`/${'я'.repeat(291)}`)!)).toBe(true);
    expect(takes(`/${'я'.repeat(292)}`)).toBeNull();
    // As written, an absolute one: its characters are counted, not its encoding.
    expect(recordsTaken(takes(`https://shop.test/${'я'.repeat(1682)}`)!)).toBe(true);
    const piece = fc.constantFrom('a', 'я', '中', '😀', '\ud800', '`', '{', '^', '|', '%', '\u0001', '\u007f', '\\', '/', './', '../', '?', '#', '&', '=');
    const url = fc.tuple(fc.constantFrom('/', '//', '//shop.test/', '//пример.рф/', 'https://shop.test/'), fc.array(piece, { maxLength: 600, size: 'max' }), fc.nat(1200)).map(([start, pieces, pad]) => `${start}${pieces.join('')}${'a'.repeat(pad)}`.slice(0, 1700));
    const seen = { taken: 0, refused: 0 };
    fc.assert(
      fc.property(url, (u) => {
        const config = takes(u);
        seen[config ? 'taken' : 'refused']++;
        if (config) expect(recordsTaken(config)).toBe(true);
      }),
      { numRuns: 200 },
    );
    // Both sides of the limit were seen.
    expect(seen.taken).toBeGreaterThan(30);
    expect(seen.refused).toBeGreaterThan(10);
  });

  test('a record made outside a page (Node, no origin) validates too', () => {
    const validate = validator();
    for (const record of realRecords(testConfig(), { origin: null })) {
      expect(record.origin).toBe('null');
      expect(validate(record)).toBe(true);
    }
  });

  test.each([
    ['an app\'s webview (Capacitor)', 'capacitor://localhost'],
    ['a file opened from disk', 'file://'],
    ['an origin longer than the schema holds', `https://${'a'.repeat(300)}.test`],
  ])('a page whose origin is not a web one (%s) is recorded as "null": the record validates, and is not refused', (_name, origin) => {
    const validate = validator();
    for (const record of realRecords(testConfig(), { origin })) {
      expect(record.origin).toBe('null');
      expect(validate(record)).toBe(true);
    }
  });

  test.each([
    ['an extra field (an IP address)', (r: any) => (r.ip = '203.0.113.7')],
    ['an origin with a path', (r: any) => (r.origin = 'https://shop.test/checkout')],
    ['an origin with a query', (r: any) => (r.origin = 'https://shop.test?utm=1')],
    ['a missing consent id', (r: any) => delete r.consentId],
    ['sequence 0', (r: any) => (r.sequence = 0)],
    ['a timestamp that is not a date-time', (r: any) => (r.timestamp = 'yesterday')],
    ['an unknown action', (r: any) => (r.action = 'accept')],
    ['a choice that is not a boolean', (r: any) => (r.categories.analytics = 'yes')],
    ['an extra policy field', (r: any) => (r.policy.text = 'all of it')],
  ])('rejects %s', (_name, spoil) => {
    const record = structuredClone(realRecords()[0]!) as unknown;
    spoil(record);
    expect(validator()(record)).toBe(false);
  });
});

describe('makeRecord', () => {
  const input = () => ({
    recordId: 'RrRrRrRrRrRrRrRrRrRrRr',
    consentId: 'CcCcCcCcCcCcCcCcCcCcCc',
    sequence: 7,
    now: Date.UTC(2026, 0, 15, 12, 0, 0),
    action: 'custom' as const,
    layer: 'preferences' as const,
    categories: { necessary: true, analytics: false },
    services: {},
    policy: { revision: '2026-01', url: '/privacy' },
    bannerVersion: '1',
    locale: 'en',
    origin: 'https://shop.test:8443',
    gpc: false,
  });

  test('a root-relative policy url is made absolute with the origin', () => {
    expect(makeRecord(input()).policy.url).toBe('https://shop.test:8443/privacy');
  });

  test('an absolute policy url is kept', () => {
    expect(makeRecord({ ...input(), policy: { revision: '1', url: 'https://legal.test/p?v=2' } }).policy.url).toBe('https://legal.test/p?v=2');
  });

  test('a protocol-relative policy url ("//legal.test/p") is resolved, not glued to the origin', () => {
    expect(makeRecord({ ...input(), policy: { revision: '1', url: '//legal.test/privacy' } }).policy.url).toBe('https://legal.test/privacy');
  });

  test('the maps are copies: changing the state later cannot change a record', () => {
    const i = input();
    const record = makeRecord(i);
    i.categories.analytics = true;
    expect(record.categories.analytics).toBe(false);
  });

  test('timestamp is ISO 8601 UTC', () => {
    expect(makeRecord(input()).timestamp).toBe('2026-01-15T12:00:00.000Z');
  });
});
