import { describe, expect, it } from 'vitest';
import { sameRecord } from './same-record';
import { sampleRecord } from './testing/record-fixture';
import { reordered } from './testing/reordered';

describe('sameRecord', () => {
  it('is the same record whatever the key order (nested too), escapes or spacing it was written with', () => {
    const record = sampleRecord();
    expect(sameRecord(record, reordered(record))).toBe(true);
    expect(sameRecord(JSON.parse('{"a":"A","b":[1,{"c":true}]}'), JSON.parse('{ "b": [1, {"c": true}], "a": "\\u0041" }'))).toBe(true);
    expect(sameRecord({ ...record, consentText: undefined }, record)).toBe(true); // undefined is no key in JSON
  });

  it('is another record when any value differs, or a field is there in one only', () => {
    const record = sampleRecord();
    expect(sameRecord(record, { ...record, action: 'reject_all' })).toBe(false);
    expect(sameRecord(record, { ...record, categories: { ...record.categories, marketing: false } })).toBe(false);
    expect(sameRecord(record, { ...record, timestamp: '2026-03-01T10:00:00.001Z' })).toBe(false);
    expect(sameRecord(record, { ...record, consentManager: 'cm.example' })).toBe(false);
    expect(sameRecord({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameRecord({ a: [] }, { a: {} })).toBe(false);
    expect(sameRecord({ a: null }, { a: {} })).toBe(false);
    expect(sameRecord({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameRecord({}, { constructor: 1 })).toBe(false);
  });
});
