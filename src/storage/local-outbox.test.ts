// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
import { afterEach, describe, expect, test, vi } from 'vitest';
import { localOutbox } from './local-outbox';
import { memoryStore } from './memory-store';
import type { OutboxEntry } from './store';
import { createConsent } from '../core/testing/create-consent';
import { testConfig } from '../core/testing/config-fixture';
import { fakeEnv, fakeServer, settle } from '../core/testing/fake-env';

const KEY = 'consentry.outbox';

afterEach(() => {
  localStorage.clear();
});

function logger() {
  const warnings: string[] = [];
  return { log: { error: () => {}, warn: (m: string) => warnings.push(m) }, warnings };
}

function entry(id: string, timestamp = '2026-01-15T12:00:00.000Z'): OutboxEntry {
  return {
    record: { recordId: id, timestamp, sequence: 1 } as OutboxEntry['record'],
    pending: ['endpoint'],
    attempts: 0,
    nextAttemptAt: 0,
  };
}

describe('localOutbox', () => {
  test('keeps one key per record, loads them oldest first; removing the last leaves no key', () => {
    const box = localOutbox(KEY, logger().log)!;
    expect(box.load()).toEqual([]);
    box.put(entry('b', '2026-01-15T12:00:01.000Z'));
    box.put(entry('a'));
    expect(Object.keys(localStorage).sort()).toEqual([`${KEY}.a`, `${KEY}.b`]);
    expect(localOutbox(KEY, logger().log)!.load().map((e) => e.record.recordId)).toEqual(['a', 'b']);
    box.put({ ...entry('a'), attempts: 2 });
    expect(box.load()[0]!.attempts).toBe(2);
    box.remove('a');
    box.remove('b');
    expect(Object.keys(localStorage)).toEqual([]);
  });

  test('two outboxes on one localStorage (two tabs) never overwrite each other', () => {
    const tabA = localOutbox(KEY, logger().log)!;
    const tabB = localOutbox(KEY, logger().log)!;
    const seenByA = tabA.load();
    const seenByB = tabB.load();
    tabA.put(entry('a'));
    tabB.put(entry('b'));
    expect([seenByA, seenByB]).toEqual([[], []]);
    expect(tabA.load().map((e) => e.record.recordId).sort()).toEqual(['a', 'b']);
  });

  test('the list earlier versions kept under one key is moved to a key per record', () => {
    localStorage.setItem(KEY, JSON.stringify([entry('old1'), entry('old2')]));
    expect(localOutbox(KEY, logger().log)!.load().map((e) => e.record.recordId)).toEqual(['old1', 'old2']);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(Object.keys(localStorage).sort()).toEqual([`${KEY}.old1`, `${KEY}.old2`]);
  });

  test('unreadable data is dropped with a warning, never thrown', () => {
    const { log, warnings } = logger();
    localStorage.setItem(`${KEY}.x`, '{not json');
    expect(localOutbox(KEY, log)!.load()).toEqual([]);
    expect(warnings[0]).toContain('unreadable');
    expect(localStorage.getItem(`${KEY}.x`)).toBeNull();
    localStorage.setItem(`${KEY}.y`, '{"a":1}');
    expect(localOutbox(KEY, log)!.load()).toEqual([]);
  });

  test('every record around an unreadable one is loaded by the same read, whatever the keys\' order', () => {
    const { log } = logger();
    const box = localOutbox(KEY, log)!;
    for (const id of ['a', 'b', 'c']) box.put(entry(id));
    for (const id of ['0', 'b0', 'z']) localStorage.setItem(`${KEY}.${id}`, '{not json');
    expect(box.load().map((e) => e.record.recordId).sort()).toEqual(['a', 'b', 'c']);
    expect(Object.keys(localStorage).sort()).toEqual([`${KEY}.a`, `${KEY}.b`, `${KEY}.c`]);
  });

  test('entries of the wrong shape are left out, the good ones kept', () => {
    localStorage.setItem(KEY, JSON.stringify([null, 1, { record: null }, { record: { recordId: 7 } }, entry('ok'), { ...entry('x'), pending: 'endpoint' }]));
    expect(localOutbox(KEY, logger().log)!.load().map((e) => e.record.recordId)).toEqual(['ok']);
  });

  test('a full localStorage warns; records wait in memory for this page, and are saved again once there is room', () => {
    const { log, warnings } = logger();
    const box = localOutbox(KEY, log)!;
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => box.put(entry('a'))).not.toThrow();
    expect(warnings[0]).toContain('could not save');
    expect(box.load().map((e) => e.record.recordId)).toEqual(['a']);
    setItem.mockRestore();
    box.put(box.load()[0]!);
    box.put(entry('b', '2026-01-15T12:00:01.000Z'));
    expect(localOutbox(KEY, log)!.load().map((e) => e.record.recordId)).toEqual(['a', 'b']);
  });

  test('a record made while localStorage is full is still delivered from this page', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const server = fakeServer(503);
    const fake = fakeEnv({ fetch: server.fetch });
    const consent = createConsent(testConfig({ records: { endpoint: 'https://log.test/consent' } }), { store: memoryStore(), now: fake.now, env: fake.env });
    consent.acceptAll();
    await settle();
    server.status = 200;
    fake.fire('online');
    await settle();
    expect(server.accepted()).toHaveLength(1);
    expect(fake.warnings.join('\n')).toContain('in the outbox');
    consent.destroy();
  });

  test('blocked localStorage (missing, or access throws as in sandboxed iframes): no outbox', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')!;
    try {
      Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: undefined });
      expect(localOutbox(KEY, logger().log)).toBeNull();
      Object.defineProperty(globalThis, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      expect(localOutbox(KEY, logger().log)).toBeNull();
    } finally {
      Object.defineProperty(globalThis, 'localStorage', original);
    }
  });
});

describe('records kept in localStorage across page loads', () => {
  const config = () => testConfig({ records: { endpoint: 'https://log.test/consent' } });

  test('a record the server missed is sent by a later page, exactly once', async () => {
    const server = fakeServer(503);
    const store = memoryStore();
    const first = fakeEnv({ fetch: server.fetch });
    const page1 = createConsent(config(), { store, now: first.now, env: first.env }); // default outbox: localStorage
    page1.acceptAll();
    await settle();
    page1.destroy();
    const queued = localOutbox(KEY, logger().log)!.load();
    expect(queued).toHaveLength(1);
    expect(store.value).toBeDefined();

    server.status = 200;
    const second = fakeEnv({ fetch: server.fetch });
    const page2 = createConsent(config(), { store, now: second.now, env: second.env });
    await settle();
    expect(server.accepted()).toEqual([queued[0]!.record.recordId]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(KEY))).toEqual([]);
    page2.destroy();

    const third = fakeEnv({ fetch: server.fetch });
    createConsent(config(), { store, now: third.now, env: third.env });
    await settle();
    expect(server.accepted()).toHaveLength(1);
  });

  test('two tabs on one localStorage keep both records', async () => {
    const server = fakeServer('network');
    const store = memoryStore();
    const a = fakeEnv({ fetch: server.fetch });
    const b = fakeEnv({ fetch: server.fetch });
    const tabA = createConsent(config(), { store, now: a.now, env: a.env });
    const tabB = createConsent(config(), { store, now: b.now, env: b.env });
    tabA.acceptAll();
    tabB.rejectAll();
    await settle();
    expect(localOutbox(KEY, logger().log)!.load().map((e) => e.record.action).sort()).toEqual(['accept_all', 'reject_all']);
    server.status = 200;
    b.fire('online');
    await settle();
    expect(server.accepted()).toHaveLength(2);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(KEY))).toEqual([]);
    tabA.destroy();
    tabB.destroy();
  });
});
