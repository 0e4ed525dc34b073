import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { memoryRecordStore } from './memory-store';
import { pgRecordStore } from './pg-store';
import { createReceiver } from './receiver';
import { sqliteRecordStore } from './sqlite-store';
import type { RecordStore, StoredRecord } from './store';
import { serve } from './testing/http';
import { allRecords } from './testing/pages';
import { postgresForTests } from './testing/postgres';
import { sampleRecord } from './testing/record-fixture';

// Every store behind the same receiver, over real HTTP: the same answers, the same bytes.
const database = await postgresForTests('src/server/stores-over-http.test.ts');
afterAll(() => database?.stop());

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const PAGE = 7; // small pages: 100 records make 15 of them
const stores: Array<[string, () => Promise<RecordStore>]> = [
  ['memory', async () => memoryRecordStore({ pageSize: PAGE })],
  [
    'sqlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'consentry-http-'));
      const store = sqliteRecordStore({ path: join(dir, 'log.sqlite'), pageSize: PAGE });
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      cleanups.push(() => store.close());
      return store;
    },
  ],
  [
    'postgresql',
    async () => {
      const store = await pgRecordStore({ connectionString: database!.url, schema: database!.freshSchema(), pageSize: PAGE });
      cleanups.push(() => store.close());
      return store;
    },
  ],
];

const TOKEN = 'test-admin-token-0123456789';
const admin = { headers: { authorization: `Bearer ${TOKEN}` } };

async function receiverOn(store: RecordStore, now?: () => Date) {
  const receiver = await serve(createReceiver({ store, adminToken: TOKEN, ...(now ? { now } : {}) }));
  cleanups.push(() => receiver.close());
  return receiver.url;
}

const post = (url: string, body: unknown) => fetch(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'text/plain;charset=UTF-8' } });

describe.each(stores)('%s store over HTTP', { timeout: 30_000 }, (name, makeStore) => {
  const skip = name === 'postgresql' && !database;

  it.skipIf(skip)('loses nothing and doubles nothing: 150 records, 50 of them sent twice, all at once', async () => {
    const store = await makeStore();
    const url = await receiverOn(store);
    const records = Array.from({ length: 150 }, (_, i) => sampleRecord({ sequence: i + 1 }));
    const statuses = await Promise.all([...records, ...records.slice(0, 50)].map((r) => post(url, r).then((res) => res.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(150);
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    expect(await store.count()).toBe(150);
    const stored = await allRecords(store.range(new Date(0), new Date(8.64e15)));
    expect(new Set(stored.map((r) => r.record.recordId))).toEqual(new Set(records.map((r) => r.recordId)));
  });

  it.skipIf(skip)('keeps text the schema lets through exactly (NUL, lone surrogates, emoji, 2,048 Cyrillic letters), each record once though sent three times at once', async () => {
    const store = await makeStore();
    const at = new Date('2026-03-01T12:00:00.000Z');
    const url = await receiverOn(store, () => at);
    // PostgreSQL's text refuses NUL and its json checks \u escapes: the record goes in as json, escaped by JSON.stringify.
    const texts = ['a\u0000b', 'x\ud800y', 'x\udc00', 'https://shop.example/😀', 'я'.repeat(2048), 'a\u2028b\u2029', 'a\\u0000b', '\u007f\u0085'];
    const records = texts.map((text) => sampleRecord({ policy: { revision: '2026-01', url: text } }));
    const statuses = await Promise.all([...records, ...records, ...records].map((r) => post(url, r).then((res) => res.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(records.length);
    expect(statuses.filter((s) => s === 200)).toHaveLength(2 * records.length);
    for (const record of records) {
      const res = await fetch(`${url}/consents/${record.consentId}`, admin);
      expect(await res.text()).toBe(JSON.stringify({ consentId: record.consentId, records: [{ receivedAt: at.toISOString(), record }] }));
    }
    expect(await store.count()).toBe(records.length);
  });

  it.skipIf(skip)('orders records received in the same millisecond by record id, in exports (across page edges) and lookups alike', async () => {
    const store = await makeStore();
    const at = new Date('2026-03-01T12:00:00.000Z');
    const url = await receiverOn(store, () => at);
    // One browser, two tabs deciding at once (the same sequence number): ties on every key but the record id.
    const consentId = sampleRecord().consentId;
    const records = Array.from({ length: 20 }, () => sampleRecord({ consentId, sequence: 1 }));
    // Ten one after another (each its own commit), ten at once (one commit, or a few), none in record id order.
    for (const r of records.slice(0, 10)) expect((await post(url, r)).status).toBe(201);
    expect((await Promise.all(records.slice(10).map((r) => post(url, r)))).map((res) => res.status)).toEqual(Array(10).fill(201));
    const inOrder = (rows: StoredRecord[]) =>
      [...rows].sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.record.recordId < b.record.recordId ? -1 : 1)).map((r) => r.record.recordId);

    const exported = (await (await fetch(`${url}/export?format=ndjson`, admin)).text()).trim().split('\n').map((line) => JSON.parse(line) as StoredRecord);
    expect(exported).toHaveLength(20);
    expect(new Set(exported.map((r) => r.receivedAt)).size).toBeLessThan(20); // ties there are
    expect(exported.map((r) => r.record.recordId)).toEqual(inOrder(exported));
    const looked = ((await (await fetch(`${url}/consents/${consentId}`, admin)).json()) as { records: StoredRecord[] }).records;
    expect(looked.map((r) => r.record.recordId)).toEqual(inOrder(exported));
  });

  it.skipIf(skip)('streams exports (JSON, NDJSON, CSV) page by page, byte for byte what a whole-array export writes', async () => {
    const store = await makeStore();
    // Receive times with ties (three records a second), so pages split inside a tie.
    let tick = 0;
    const clock = () => new Date(Date.UTC(2026, 2, 1, 12, 0, Math.floor(tick++ / 3)));
    const url = await receiverOn(store, clock);
    const awkward = ['https://shop.example/a,b', 'https://shop.example/"q"', '=HYPERLINK("x")', 'https://пример.рф/политика', 'line\r\nbreak'];
    const expected: StoredRecord[] = [];
    for (let i = 0; i < 100; i++) {
      const record = sampleRecord({ sequence: i + 1, policy: { revision: '2026-01', url: awkward[i % awkward.length]! } });
      const res = await post(url, record);
      expect(res.status).toBe(201);
      expected.push({ receivedAt: ((await res.json()) as { receivedAt: string }).receivedAt, record });
    }
    const from = new Date(Date.UTC(2026, 2, 1, 12, 0, 5));
    const to = new Date(Date.UTC(2026, 2, 1, 12, 0, 30));
    expected.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.record.recordId < b.record.recordId ? -1 : 1)); // ties by record id
    const inRange = expected.filter((r) => Date.parse(r.receivedAt) >= from.getTime() && Date.parse(r.receivedAt) < to.getTime());
    expect(inRange).toHaveLength(75);
    const query = `from=${from.toISOString()}&to=${to.toISOString()}`;

    const references = {
      json: JSON.stringify({ from: from.toISOString(), to: to.toISOString(), records: inRange, count: inRange.length }),
      ndjson: inRange.map((r) => `${JSON.stringify(r)}\n`).join(''),
      csv: toCsv(inRange),
    };
    for (const [format, reference] of Object.entries(references)) {
      const res = await fetch(`${url}/export?${query}&format=${format}`, admin);
      expect(res.status).toBe(200);
      expect(res.headers.get('transfer-encoding')).toBe('chunked'); // streamed: no length known up front
      expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(reference, 'utf8'))).toBe(true);
    }
    expect(((await (await fetch(`${url}/export`, admin)).json()) as { count: number }).count).toBe(100);
  });
});
