import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../core/record.schema.json';
import { compileSchema } from './schema-check';
import { checkRecord } from './validate-record';
import { sampleRecord } from './testing/record-fixture';

// ajv is the reference: the receiver no longer needs it at run time, so this test shows the
// hand-compiled checker agrees with it on every generated record, valid or not.
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv, ['date-time']);
const reference = ajv.compile(schema);

/** Every place ajv saw a problem, as JSON pointers that name the offending field itself. */
function ajvPaths(errors: ErrorObject[]): string[] {
  return errors.map((e) => {
    const named = e.params.missingProperty ?? e.params.additionalProperty ?? e.params.propertyName;
    return (named === undefined ? e.instancePath : `${e.instancePath}/${pointer(String(named))}`) || '/';
  });
}

function pointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

const id = fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/);
const name = (max: number) => fc.stringMatching(new RegExp(`^[a-z][a-z0-9_-]{0,${max - 1}}$`));
const token = fc.stringMatching(/^[A-Za-z0-9._-]{1,40}$/);
const anyText = (maxLength: number) => fc.oneof(fc.string({ maxLength }), fc.string({ maxLength, unit: 'binary' }), fc.string({ maxLength, unit: 'grapheme' }));

/** Date-times near the edges of RFC 3339: month 13, day 30 in February, 23:59:60, offsets, lower case. */
const dateTimeLike = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    sep: fc.constantFrom('T', 't', ' ', '_'),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 61 }),
    fraction: fc.constantFrom('', '.5', '.123456789', '.'),
    zone: fc.constantFrom('Z', 'z', '', '+00:00', '-00:00', '+05:30', '-01:00', '+0100', '+01', '+24:00', '+00:60', '+23:59'),
  })
  .map((t) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}${t.sep}${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${t.fraction}${t.zone}`);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

const validRecord = fc.record({
  schema: fc.constant(1),
  recordId: id,
  consentId: id,
  sequence: fc.integer({ min: 1, max: 1_000_000_000 }),
  timestamp: fc.oneof(fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), dateTimeLike.filter((s) => !!reference({ ...sampleRecord(), timestamp: s }))),
  action: fc.constantFrom('accept_all', 'reject_all', 'custom', 'withdraw', 'gpc'),
  layer: fc.constantFrom('banner', 'preferences', 'api', 'signal'),
  categories: fc.dictionary(name(32), fc.boolean(), { maxKeys: 32 }),
  services: fc.dictionary(name(48), fc.boolean(), { maxKeys: 128, size: 'small' }),
  policy: fc.record({ revision: token, url: anyText(2048).filter((s) => [...s].length >= 1) }),
  library: fc.record({ name: fc.constant('consentry'), version: fc.stringMatching(/^[0-9A-Za-z.+-]{1,40}$/) }),
  bannerVersion: token,
  locale: fc.stringMatching(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  origin: fc.oneof(fc.constant('null'), fc.stringMatching(/^https?:\/\/[^/?#\s]{1,40}$/)),
  gpc: fc.boolean(),
});

const FIELDS = Object.keys(schema.properties);
const nearMiss = fc.oneof(
  fc.jsonValue(),
  anyText(70),
  fc.string({ minLength: 2040, maxLength: 2060 }),
  dateTimeLike,
  fc.integer({ min: -2, max: 3 }),
  fc.constantFrom(1.5, -0, 0, 1_000_000_000, 1_000_000_001, 'null', 'https://a.example/', 'http://a.example', 'consentry', 'x'.repeat(15), 'x'.repeat(64), 'x'.repeat(65), 'en-', 'EN', 'ru-RU'),
);

/** A valid record with one thing changed: a field removed, added, or replaced with a near miss. */
const mutatedRecord = fc.tuple(validRecord, fc.nat(), fc.nat(), fc.string({ maxLength: 12 }), nearMiss).map(([record, pick, where, key, value]) => {
  const r = JSON.parse(JSON.stringify(record)) as Record<string, Record<string, unknown>>;
  const field = FIELDS[pick % FIELDS.length]!;
  const nested = ['policy', 'library', 'categories', 'services'];
  switch (where % 6) {
    case 0:
      delete r[field];
      break;
    case 1:
      (r as Record<string, unknown>)[key] = value;
      break;
    case 2:
      (r as Record<string, unknown>)[field] = value;
      break;
    default: {
      const inner = r[nested[where % nested.length]!]!;
      const keys = Object.keys(inner);
      const target = where % 2 === 0 || keys.length === 0 ? key : keys[pick % keys.length]!;
      inner[target] = value;
    }
  }
  // Through JSON, as the receiver gets it: keys like __proto__ become plain own fields.
  return JSON.parse(JSON.stringify(r)) as unknown;
});

function agree(value: unknown): boolean {
  const valid = reference(value);
  const ours = checkRecord(value);
  expect(ours.ok).toBe(valid);
  if (!ours.ok) expect(ajvPaths(reference.errors ?? [])).toContain(ours.path);
  return valid;
}

// Thousands of generated records: generous timeouts for a busy 2-core machine.
describe('checkRecord agrees with ajv on record.schema.json', { timeout: 60_000 }, () => {
  it('accepts every generated valid record', () => {
    fc.assert(fc.property(validRecord, (record) => void expect(agree(record)).toBe(true)), { numRuns: 1000 });
  });

  it('gives the same verdict on mutated records, and points at a place ajv also reports', () => {
    let refused = 0;
    fc.assert(
      fc.property(mutatedRecord, (value) => {
        if (!agree(value)) refused++;
      }),
      { numRuns: 3000 },
    );
    // A generator that only made valid records would prove nothing.
    expect(refused).toBeGreaterThan(1500);
  });

  it('agrees on date-times near the edges of RFC 3339', () => {
    const record = sampleRecord();
    fc.assert(fc.property(dateTimeLike, (timestamp) => void agree({ ...record, timestamp })), { numRuns: 2000 });
  });

  it('agrees on whole values that are not records, and on edge cases written out', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void agree(value)), { numRuns: 500 });
    const record = sampleRecord();
    const cases: unknown[] = [
      JSON.parse('{"__proto__": {"x": 1}}'),
      { ...record, categories: JSON.parse('{"__proto__": true}') },
      { ...record, categories: Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`c${i}`, true])) },
      { ...record, services: Object.fromEntries(Array.from({ length: 128 }, (_, i) => [`s${i}`, false])) },
      { ...record, policy: { revision: '1', url: '😀'.repeat(2048) } }, // 2048 characters, 4096 UTF-16 units
      { ...record, policy: { revision: '1', url: '😀'.repeat(2049) } },
      { ...record, timestamp: '2024-02-29T23:59:60Z' },
      { ...record, timestamp: '2023-02-29T12:00:00Z' },
      { ...record, timestamp: '2026-01-01T00:59:60+01:00' },
      { ...record, origin: 'https://shop.example\u00a0' },
      { ...record, sequence: 1e400 },
    ];
    for (const value of cases) agree(JSON.parse(JSON.stringify(value)));
  });
});

describe('compileSchema refuses what it does not implement', () => {
  it.each([
    [{ type: 'object', oneOf: [] }, /keyword "oneOf"/],
    [{ type: 'string', format: 'email' }, /format "email"/],
    [{ properties: { a: { const: { deep: true } } } }, /#\/properties\/a\/const/],
  ])('%j', (bad, message) => {
    expect(() => compileSchema(bad)).toThrow(message);
  });

  it('checks a field added to the schema with no code change', () => {
    const extended = structuredClone(schema) as unknown as { properties: Record<string, unknown> };
    extended.properties.regulation = { type: 'string', pattern: '^[a-z]+$' };
    const check = compileSchema(extended);
    expect(check({ ...sampleRecord(), regulation: 'dpdp' })).toBeNull();
    expect(check({ ...sampleRecord(), regulation: 'DPDP' })).toEqual({ path: '/regulation', message: 'must match pattern "^[a-z]+$"' });
    expect(check(sampleRecord())).toBeNull(); // optional: not in required
  });
});
