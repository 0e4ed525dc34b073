// @vitest-environment jsdom
import { beforeEach, expect, test } from 'vitest';
import { PAGE_LOAD_RETRIES, recordsDue, recordsWaiting } from './records-due';

const NOW = Date.UTC(2026, 0, 15, 12);
const waits = (id: string, attempts: number, nextAttemptAt: number, refusedAlone?: true) => localStorage.setItem(`consentry.outbox.${id}`, JSON.stringify({ record: { recordId: id }, pending: ['endpoint'], attempts, nextAttemptAt, refusedAlone }));

beforeEach(() => localStorage.clear());

test('nothing waiting, or only another cookie\'s records: nothing to send', () => {
  expect(recordsDue('consentry', NOW)).toBe(false);
  localStorage.setItem('other.outbox.a', JSON.stringify({ attempts: 0, nextAttemptAt: 0 }));
  expect(recordsDue('consentry', NOW)).toBe(false);
});

test('a new page load retries at once while the records have failed fewer than PAGE_LOAD_RETRIES times', () => {
  waits('a', 0, 0);
  expect(recordsDue('consentry', NOW)).toBe(true);
  waits('a', PAGE_LOAD_RETRIES - 1, NOW + 30_000);
  expect(recordsDue('consentry', NOW)).toBe(true);
});

test('a record that failed PAGE_LOAD_RETRIES times (a log answering 404) waits out its backoff across page loads, and holds back those behind it', () => {
  waits('a', PAGE_LOAD_RETRIES, NOW + 60_000);
  waits('b', 0, 0);
  expect(recordsDue('consentry', NOW)).toBe(false);
  expect(recordsDue('consentry', NOW + 60_000)).toBe(true);
});

test('a record refused alone (outbox.ts) is due only when its own backoff of hours is over, however few its failures', () => {
  waits('a', 2, NOW + 3_600_000, true);
  expect(recordsDue('consentry', NOW)).toBe(false);
  expect(recordsDue('consentry', NOW + 3_600_000)).toBe(true);
});

test('a record refused alone that waits holds back nothing: a newer record that is due goes', () => {
  waits('a', PAGE_LOAD_RETRIES + 2, NOW + 8 * 3_600_000, true);
  waits('b', PAGE_LOAD_RETRIES, NOW - 1);
  expect(recordsDue('consentry', NOW)).toBe(true);
  // One that is not refused alone still holds them all, for 10 minutes at most.
  waits('c', PAGE_LOAD_RETRIES, NOW + 60_000);
  expect(recordsDue('consentry', NOW)).toBe(false);
});

test('the core (recordsWaiting, its outbox timing their retries on the page): any record waiting counts but one refused alone and not due', () => {
  expect(recordsWaiting('consentry', NOW)).toBe(false);
  waits('a', PAGE_LOAD_RETRIES + 2, NOW + 8 * 3_600_000, true);
  expect(recordsWaiting('consentry', NOW)).toBe(false);
  // Back online, flush(): every record, as the outbox sends them all (start-core.ts passes Infinity).
  expect(recordsWaiting('consentry', Infinity)).toBe(true);
  waits('b', PAGE_LOAD_RETRIES, NOW + 60_000);
  expect(recordsWaiting('consentry', NOW)).toBe(true);
  localStorage.clear();
  waits('c', PAGE_LOAD_RETRIES + 2, NOW - 1, true);
  expect(recordsWaiting('consentry', NOW)).toBe(true);
  localStorage.clear();
  localStorage.setItem('other.outbox.a', JSON.stringify({ attempts: 0, nextAttemptAt: 0 }));
  localStorage.setItem('consentry.outbox', '[]');
  expect(recordsWaiting('consentry', NOW)).toBe(true);
  localStorage.clear();
  localStorage.setItem('consentry.outbox.bad', '{"record":');
  expect(() => recordsWaiting('consentry', NOW)).toThrow(SyntaxError); // start-core.ts: the decisions come, whose outbox drops it
});

test("an earlier version's list in <cookie>.outbox is due", () => {
  localStorage.setItem('consentry.outbox', '[]');
  expect(recordsDue('consentry', NOW)).toBe(true);
});

test('an unreadable entry throws: the boot then leaves the plan and the core sends (and drops it, saying so)', () => {
  localStorage.setItem('consentry.outbox.a', '{"record":');
  expect(() => recordsDue('consentry', NOW)).toThrow();
});
