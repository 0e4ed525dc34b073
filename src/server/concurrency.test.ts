import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryRecordStore } from './memory-store';
import { createReceiver } from './receiver';
import { sqliteRecordStore } from './sqlite-store';
import type { RecordStore } from './store';
import { serve, type RunningReceiver } from './testing/http';
import { allRecords } from './testing/pages';
import { sampleRecord } from './testing/record-fixture';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const stores: Array<[string, () => RecordStore]> = [
  ['memory', () => memoryRecordStore()],
  [
    'sqlite',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'consentry-burst-'));
      const store = sqliteRecordStore({ path: join(dir, 'log.sqlite') });
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      cleanups.push(() => store.close?.());
      return store;
    },
  ],
];

describe.each(stores)('a burst of concurrent POSTs over HTTP (%s store)', (_name, makeStore) => {
  it('loses nothing and doubles nothing: 150 records, 50 of them sent twice, all at once', async () => {
    const store = makeStore();
    const receiver: RunningReceiver = await serve(createReceiver({ store }));
    cleanups.push(() => receiver.close());
    const records = Array.from({ length: 150 }, (_, i) => sampleRecord({ sequence: i + 1 }));
    const sends = [...records, ...records.slice(0, 50)];
    const statuses = await Promise.all(
      sends.map((r) => fetch(receiver.url, { method: 'POST', body: JSON.stringify(r), headers: { 'content-type': 'text/plain;charset=UTF-8' } }).then((res) => res.status)),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(150);
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    expect(await store.count()).toBe(150);
    const stored = await allRecords(store.range(new Date(0), new Date(8.64e15)));
    expect(new Set(stored.map((r) => r.record.recordId))).toEqual(new Set(records.map((r) => r.recordId)));
  });
});
