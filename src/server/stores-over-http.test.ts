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
      const store = sqliteRecordStore({ path: join(dir, 'log.sqlite'), onOpen: () => {}, pageSize: PAGE });
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
    const answers = await Promise.all([...records, ...records, ...records].map((r) => post(url, r).then(async (res) => ({ status: res.status, body: (await res.json()) as { recordId: string; receivedAt?: string } }))));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(records.length);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2 * records.length);
    // At `at`, or a few ms later for a record committed after others (RecordStore.settled).
    const receivedAt = new Map(answers.filter((a) => a.status === 201).map((a) => [a.body.recordId, a.body.receivedAt!]));
    for (const record of records) {
      const res = await fetch(`${url}/consents/${record.consentId}`, admin);
      expect(await res.text()).toBe(JSON.stringify({ consentId: record.consentId, records: [{ receivedAt: receivedAt.get(record.recordId), record }] }));
      expect(Date.parse(receivedAt.get(record.recordId)!) - at.getTime()).toBeLessThan(100);
    }
    expect(await store.count()).toBe(records.length);
  });

  it.skipIf(skip)('an exporter going on from where each export ended gets every record once, though one commits after a later stamped one was exported', async () => {
    const store = await makeStore();
    // The receiver stamps a record before its commit, and commits come late (a batch waiting for
    // a connection, a slow disk, another receiver's clock behind): here the clock steps back 5 s.
    let clock = Date.parse('2026-03-01T12:00:10.000Z');
    const url = await receiverOn(store, () => new Date(clock));
    const [early, late, next] = [sampleRecord(), sampleRecord(), sampleRecord()];
    // An export of the present (the exporter's clock one second on), then the next from where it ended.
    const exportRange = async (from: string, to: string) => {
      const res = await fetch(`${url}/export?from=${from}&to=${to}`, admin);
      return { ...((await res.json()) as { to: string; records: StoredRecord[] }), header: res.headers.get('consent-log-to') };
    };

    expect((await post(url, early)).status).toBe(201); // stamped 12:00:10
    const first = await exportRange('2026-03-01T12:00:00.000Z', '2026-03-01T12:00:11.000Z');
    expect(first.records.map((r) => r.record.recordId)).toEqual([early.recordId]);
    clock -= 5000;
    const answer = (await (await post(url, late)).json()) as { receivedAt: string }; // stamped 12:00:05, committed after that export
    clock += 10_000;
    expect((await post(url, next)).status).toBe(201); // 12:00:15
    const second = await exportRange(first.to, '2026-03-01T12:00:30.000Z');
    expect([...first.records, ...second.records].map((r) => r.record.recordId)).toEqual([early.recordId, late.recordId, next.recordId]);
    // The first export ended just after the latest record committed; the late one is stored from there on.
    expect(first.to).toBe('2026-03-01T12:00:10.001Z');
    expect(second.records[0]).toEqual({ receivedAt: '2026-03-01T12:00:10.001Z', record: late });
    expect(answer.receivedAt).toBe('2026-03-01T12:00:10.001Z');
    expect([first.header, second.header]).toEqual([first.to, second.to]); // the end in a header too, for NDJSON and CSV
  });

  it.skipIf(skip)('orders records received in the same millisecond by record id, in exports (across page edges) and lookups alike', async () => {
    const store = await makeStore();
    const at = new Date('2026-03-01T12:00:00.000Z');
    const url = await receiverOn(store, () => at);
    // One browser, two tabs deciding at once (the same sequence number): ties on every key but the record id.
    const consentId = sampleRecord().consentId;
    const records = Array.from({ length: 20 }, () => sampleRecord({ consentId, sequence: 1 }));
    // Ten one after another (each its own commit: the database stores stamp each 1 ms after the last),
    // ten at once in one commit (ties, in the database stores), none in record id order.
    for (const r of records.slice(0, 10)) expect((await post(url, r)).status).toBe(201);
    await Promise.all(records.slice(10).map((r) => store.insert(r, at)));
    const inOrder = (rows: StoredRecord[]) =>
      [...rows].sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.record.recordId < b.record.recordId ? -1 : 1)).map((r) => r.record.recordId);

    const exported = (await (await fetch(`${url}/export?format=ndjson`, admin)).text()).trim().split('\n').map((line) => JSON.parse(line) as StoredRecord);
    expect(exported).toHaveLength(20);
    if (name !== 'memory') expect(new Set(exported.map((r) => r.receivedAt)).size).toBeLessThan(20); // ties there are (memory's inserts never share a commit)
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
