import { describe, expect, it } from 'vitest';
import { exportBody } from './export-body';
import { createFetchReceiver } from './fetch-receiver';
import { memoryRecordStore } from './memory-store';
import type { StoredRecord } from './store';
import { sampleRecord } from './testing/record-fixture';

const from = new Date('2026-01-01T00:00:00Z');
const to = new Date('2027-01-01T00:00:00Z');

function row(i: number): StoredRecord {
  return { receivedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), record: sampleRecord({ sequence: i + 1 }) };
}

/** Pages of 2 rows, counting how many the export asked for; `failAt` throws instead of that page. */
function countedPages(total: number, failAt?: number) {
  const seen = { pages: 0 };
  async function* pages() {
    for (let i = 0; i < total; i += 2) {
      if (seen.pages === failAt) throw new Error('connection lost');
      seen.pages++;
      yield [row(i), row(i + 1)].slice(0, total - i);
    }
  }
  return { seen, pages: pages() };
}

describe('exportBody', () => {
  it('reads the next page only when the reader asks for more', async () => {
    const { seen, pages } = countedPages(40);
    const body = await exportBody(pages, 'ndjson', from, to);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The first page is read before answering (a dead store gets a 503), and one more is queued ahead.
    expect(seen.pages).toBe(2);
    const reader = body.getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.pages).toBe(3); // one page out, one queued ahead: not all 20
    let lines = 2;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) lines += new TextDecoder().decode(chunk.value).split('\n').length - 1;
    expect(lines).toBe(40);
    expect(seen.pages).toBe(20);
  });

  it('writes an empty range as valid, empty documents', async () => {
    const empty = async () => new Response(await exportBody([], 'json', from, to)).text();
    expect(JSON.parse(await empty())).toEqual({ from: from.toISOString(), to: to.toISOString(), records: [], count: 0 });
    expect(await new Response(await exportBody([], 'ndjson', from, to)).text()).toBe('');
    expect(await new Response(await exportBody([], 'csv', from, to)).text()).toMatch(/^received_at,.*,gpc,consent_text,consent_manager\r\n$/);
  });

  it('a store failing on the first page rejects (503), on a later page errors the stream (a broken download, not a short file)', async () => {
    await expect(exportBody(countedPages(10, 0).pages, 'csv', from, to)).rejects.toThrow('connection lost');
    const body = await exportBody(countedPages(10, 2).pages, 'json', from, to);
    await expect(new Response(body).text()).rejects.toThrow('connection lost');
  });
});

// Without `to`, the JSON said "to":"+275760-09-13T00:00:00.000Z" (the largest Date), which is no
// RFC 3339 date: a nightly script passing it back as a bound was answered 400.
describe('an export with no `to`', () => {
  const admin = { headers: { authorization: 'Bearer token' } };
  it("a store of one's own without settled: its open end is null; a bound given is written back as an RFC 3339 time the receiver takes", async () => {
    const { settled: _none, ...own } = memoryRecordStore();
    const receive = createFetchReceiver({ store: own, adminToken: 'token' });
    const get = async (query: string) => (await receive(new Request(`http://127.0.0.1/export${query}`, admin))).json() as Promise<{ from: string; to: string | null }>;
    const open = await get('?from=2026-12-01');
    expect(open).toMatchObject({ from: '2026-12-01T00:00:00.000Z', to: null });
    const closed = await get(`?from=${open.from}&to=2027-01-01`);
    expect(closed).toMatchObject({ from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect((await receive(new Request(`http://127.0.0.1/export?from=${closed.to}`, admin))).status).toBe(200);
  });

  it('a built-in store: it ends where the log is settled, a time the next export takes as its from', async () => {
    const store = memoryRecordStore();
    store.insert(sampleRecord(), new Date('2026-12-02T10:00:00.000Z'));
    const receive = createFetchReceiver({ store, adminToken: 'token' });
    const open = (await (await receive(new Request('http://127.0.0.1/export?from=2026-12-01', admin))).json()) as { to: string; count: number };
    expect(open).toMatchObject({ to: '2026-12-02T10:00:00.001Z', count: 1 });
    expect((await receive(new Request(`http://127.0.0.1/export?from=${open.to}`, admin))).status).toBe(200);
  });
});

// from=2026-12-31&to=2026-01-01 answered 200 with no records: an auditor's typo read as "none".
describe('an export whose from is after its to', () => {
  it('is refused with 400 naming both; from equal to to is an empty window, answered', async () => {
    const receive = createFetchReceiver({ store: memoryRecordStore(), adminToken: 'token' });
    const get = (query: string) => receive(new Request(`http://127.0.0.1/export${query}`, { headers: { authorization: 'Bearer token' } }));
    const reversed = await get('?from=2026-12-31&to=2026-01-01');
    expect(reversed.status).toBe(400);
    expect(await reversed.json()).toEqual({ error: 'bad_range', message: 'from (2026-12-31T00:00:00.000Z) is after to (2026-01-01T00:00:00.000Z)' });
    expect((await get('?from=2026-01-01&to=2026-01-01')).status).toBe(200);
  });
});
