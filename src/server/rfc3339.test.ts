import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOf, isDateTime } from './rfc3339';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

describe('instantOf', () => {
  it('reads what Date.parse reads the same way, for every checked date-time with a colon offset', () => {
    const written = fc
      .record({
        ms: fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }),
        sep: fc.constantFrom('T', 't', ' '),
        fraction: fc.constantFrom('', '.5', '.123', '.123456789'),
        zone: fc.constantFrom('Z', 'z', '+00:00', '-00:00', '+05:30', '-01:00', '+23:59', '-12:45'),
      })
      .map(({ ms, sep, fraction, zone }) => `${new Date(ms).toISOString().slice(0, 10)}${sep}${new Date(ms).toISOString().slice(11, 19)}${fraction}${zone}`)
      .filter(isDateTime);
    fc.assert(fc.property(written, (value) => instantOf(value) === Date.parse(value)));
  });

  it('reads a date as UTC midnight, years before 100 included', () => {
    expect(instantOf('2026-01-31')).toBe(Date.UTC(2026, 0, 31));
    expect(instantOf('0001-01-01')).toBe(-62_135_596_800_000);
    expect(instantOf('0050-06-15T00:00:00Z')).toBe(new Date('0050-06-15T00:00:00Z').getTime());
  });

  it('reads a leap second as the next second starts, in any offset', () => {
    const midnight = Date.UTC(2017, 0, 1);
    expect(instantOf('2016-12-31T23:59:60Z')).toBe(midnight);
    expect(instantOf('2016-12-31T23:59:60.5Z')).toBe(midnight + 500);
    expect(instantOf('2017-01-01T05:29:60+05:30')).toBe(midnight);
    expect(Date.parse('2016-12-31T23:59:60Z')).toBeNaN(); // why it is not read by Date.parse
  });

  it('reads an offset of hours only, and one without a colon', () => {
    expect(instantOf('2026-01-31T09:00:00+05')).toBe(Date.UTC(2026, 0, 31, 4));
    expect(instantOf('2026-01-31T09:00:00-0130')).toBe(Date.UTC(2026, 0, 31, 10, 30));
  });

  it('keeps milliseconds and drops finer digits', () => {
    expect(instantOf('2026-01-31T09:00:00.9999Z')).toBe(Date.UTC(2026, 0, 31, 9, 0, 0, 999));
    expect(instantOf('2026-01-31T09:00:00.1Z')).toBe(Date.UTC(2026, 0, 31, 9, 0, 0, 100));
  });

  it('is null for anything the check refuses', () => {
    for (const value of ['', 'soon', '2026-02-30', '2026-1-5', '2026-03-01T12:00:00', '2026-03-01T12:00:60Z', `2026-03-01T${pad(24)}:00:00Z`, '12/31/2026']) {
      expect(instantOf(value), value).toBeNull();
    }
  });
});
