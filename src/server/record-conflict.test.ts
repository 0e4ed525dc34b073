import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createFetchReceiver } from './fetch-receiver';
import { memoryRecordStore } from './memory-store';
import { pgRecordStore } from './pg-store';
import { createReceiver } from './receiver';
import { sqliteRecordStore } from './sqlite-store';
import type { RecordStore } from './store';
import { serve } from './testing/http';
import { statusOf } from './testing/outcome';
import { postgresForTests } from './testing/postgres';
import { sampleRecord } from './testing/record-fixture';
import { reordered } from './testing/reordered';

// A record id sent again with other content was answered 200 duplicate: the client took its
// record as stored, and it was dropped. Every store now tells the two apart; the receiver answers 409.
const database = await postgresForTests('src/server/record-conflict.test.ts');
afterAll(() => database?.stop());

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const stores: Array<[string, () => Promise<RecordStore>]> = [
  ['memory', async () => memoryRecordStore()],
  [
    'sqlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'consentry-conflict-'));
      const store = sqliteRecordStore({ path: join(dir, 'log.sqlite'), onOpen: () => {} });
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      cleanups.push(() => store.close());
      return store;
    },
  ],
  [
    'postgresql',
    async () => {
      const store = await pgRecordStore({ connectionString: database!.url, schema: database!.freshSchema() });
      cleanups.push(() => store.close());
      return store;
    },
  ],
];

type Post = (body: string) => Promise<Response>;
const TYPE = { 'content-type': 'text/plain;charset=UTF-8' };
const handlers: Array<[string, (store: RecordStore) => Promise<Post>]> = [
  [
    'Node',
    async (store) => {
      const receiver = await serve(createReceiver({ store }));
      cleanups.push(() => receiver.close());
      return (body) => fetch(receiver.url, { method: 'POST', body, headers: TYPE });
    },
  ],
  [
    'fetch',
    async (store) => {
      const receive = createFetchReceiver({ store });
      return (body) => receive(new Request('http://receiver.test/', { method: 'POST', body, headers: TYPE }));
    },
  ],
];

const FIRST = new Date('2026-03-01T12:00:00.000Z');
const LATER = new Date('2026-03-01T12:05:00.000Z');

describe.each(stores)('%s store', { timeout: 30_000 }, (name, makeStore) => {
  const skip = name === 'postgresql' && !database;

  it.skipIf(skip)('the same record again (keys in another order) is a duplicate; another record under its id a conflict; the first stays as it was', async () => {
    const store = await makeStore();
    const record = sampleRecord();
    expect(statusOf(await store.insert(record, FIRST))).toBe('created');
    expect(await store.insert(reordered(record), LATER)).toBe('duplicate');
    expect(await store.insert({ ...record, action: 'reject_all', categories: { necessary: true, analytics: false, marketing: false } }, LATER)).toBe('conflict');
    expect(await store.insert({ ...record, timestamp: '2026-03-01T10:00:00.001Z' }, LATER)).toBe('conflict');
    expect(await store.insert({ ...record, consentText: 'a'.repeat(64) }, LATER)).toBe('conflict');
    expect(await store.count()).toBe(1);
    expect(await store.byConsentId(record.consentId)).toEqual([{ receivedAt: FIRST.toISOString(), record }]);
  });

  it.skipIf(skip)('in one batch: the first copy is stored, a later one is held against it', async () => {
    const store = await makeStore();
    const record = sampleRecord();
    const results = await Promise.all([
      store.insert(record, FIRST),
      store.insert({ ...record, action: 'reject_all' }, FIRST),
      store.insert(reordered(record), FIRST),
    ]);
    expect(results.map(statusOf)).toEqual(['created', 'conflict', 'duplicate']);
    expect((await store.byConsentId(record.consentId)).map((r) => r.record)).toEqual([record]);
  });

  describe.each(handlers)('behind the %s handler', (_handler, makePost) => {
    it.skipIf(skip)('answers 409 naming the record id for another record under a stored id, 200 for the same one again', async () => {
      const store = await makeStore();
      const post = await makePost(store);
      const record = sampleRecord();
      expect((await post(JSON.stringify(record))).status).toBe(201);
      const other = await post(JSON.stringify({ ...record, action: 'withdraw', categories: { necessary: true, analytics: false, marketing: false } }));
      expect(other.status).toBe(409);
      expect(other.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await other.json()).toEqual({
        error: 'record_conflict',
        recordId: record.recordId,
        message: `record ${record.recordId} is already stored with other content; the stored record is kept unchanged, and this one is not stored`,
      });
      const same = await post(JSON.stringify(reordered(record)));
      expect(same.status).toBe(200);
      expect(await same.json()).toEqual({ status: 'duplicate', recordId: record.recordId });
      expect((await store.byConsentId(record.consentId)).map((r) => r.record)).toEqual([record]);
    });
  });
});
