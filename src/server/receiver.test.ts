import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryRecordStore } from './memory-store';
import type { ReceiverOptions } from './fetch-receiver';
import { createReceiver } from './receiver';
import type { RecordStore } from './store';
import { serve, type RunningReceiver } from './testing/http';
import { sampleRecord } from './testing/record-fixture';

const TOKEN = 'test-admin-token-0123456789';
const running: RunningReceiver[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function start(options: Partial<ReceiverOptions> = {}) {
  const store = memoryRecordStore();
  let clock = Date.parse('2026-03-01T12:00:00.000Z');
  const receiver = await serve(createReceiver({ store, adminToken: TOKEN, now: () => new Date((clock += 1000)), ...options }));
  running.push(receiver);
  return { store: (options.store ?? store) as RecordStore, url: receiver.url };
}

function post(url: string, body: string, headers: Record<string, string> = { 'content-type': 'text/plain;charset=UTF-8' }) {
  return fetch(url, { method: 'POST', body, headers });
}

describe('POST a record', () => {
  it('stores a record sent as the browser sends it (text/plain JSON), stamped with the receive time', async () => {
    const { store, url } = await start();
    const record = sampleRecord();
    const res = await post(url, JSON.stringify(record));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ status: 'created', recordId: record.recordId, receivedAt: '2026-03-01T12:00:01.000Z' });
    expect(await store.byConsentId(record.consentId)).toEqual([{ receivedAt: '2026-03-01T12:00:01.000Z', record }]);
  });

  it('accepts application/json too', async () => {
    const { store, url } = await start();
    const res = await post(url, JSON.stringify(sampleRecord()), { 'content-type': 'application/json' });
    expect(res.status).toBe(201);
    expect(await store.count()).toBe(1);
  });

  it('stores a record id once: a redelivery answers 200 and adds no row', async () => {
    const { store, url } = await start();
    const record = sampleRecord();
    expect((await post(url, JSON.stringify(record))).status).toBe(201);
    const again = await post(url, JSON.stringify(record));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate', recordId: record.recordId });
    expect(await store.count()).toBe(1);
  });

  it('never compares the browser\'s clock with its own: a record from a clock years off is stored, stamped with the receiver\'s time', async () => {
    // A refusal (4xx) would make the browser drop the record for good: proof of consent lost for a wrong clock.
    const { store, url } = await start();
    for (const timestamp of ['2099-12-31T23:59:59.999Z', '1970-01-01T00:00:00.000Z', '2026-03-01T12:00:00.000+14:00']) {
      const record = sampleRecord({ timestamp });
      const res = await post(url, JSON.stringify(record));
      expect(res.status).toBe(201);
      expect(await store.byConsentId(record.consentId)).toEqual([{ receivedAt: ((await res.json()) as { receivedAt: string }).receivedAt, record }]);
    }
    expect(await store.count()).toBe(3);
  });

  it('never sets a cookie and never allows credentials', async () => {
    const { url } = await start();
    const res = await post(url, JSON.stringify(sampleRecord()), { 'content-type': 'text/plain', origin: 'https://shop.example' });
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('bad requests are refused with a clear 4xx and store nothing', () => {
  const cases: Array<{ name: string; send: (url: string) => Promise<Response>; status: number; error: string; path?: string }> = [
    { name: 'bad JSON', send: (u) => post(u, '{"schema":1,'), status: 400, error: 'bad_json' },
    { name: 'not UTF-8', send: (u) => fetch(u, { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0x7d]), headers: { 'content-type': 'text/plain' } }), status: 400, error: 'bad_encoding' },
    { name: 'a wrong type', send: (u) => post(u, JSON.stringify({ ...sampleRecord(), sequence: '1' })), status: 422, error: 'invalid_record', path: '/sequence' },
    { name: 'a wrong nested type', send: (u) => post(u, JSON.stringify({ ...sampleRecord(), categories: { analytics: 'yes' } })), status: 422, error: 'invalid_record', path: '/categories/analytics' },
    { name: 'an unknown field (an IP address)', send: (u) => post(u, JSON.stringify({ ...sampleRecord(), ip: '203.0.113.7' })), status: 422, error: 'invalid_record', path: '/ip' },
    { name: 'an unknown nested field', send: (u) => post(u, JSON.stringify({ ...sampleRecord(), library: { name: 'consentry', version: '1', userAgent: 'x' } })), status: 422, error: 'invalid_record', path: '/library/userAgent' },
    { name: 'a missing field', send: (u) => { const { recordId: _, ...rest } = sampleRecord(); return post(u, JSON.stringify(rest)); }, status: 422, error: 'invalid_record', path: '/recordId' },
    { name: 'a timestamp that is not a date-time', send: (u) => post(u, JSON.stringify({ ...sampleRecord(), timestamp: 'yesterday' })), status: 422, error: 'invalid_record', path: '/timestamp' },
    { name: 'an origin with a path', send: (u) => post(u, JSON.stringify({ ...sampleRecord(), origin: 'https://shop.example/cart?id=1' })), status: 422, error: 'invalid_record', path: '/origin' },
    { name: 'a JSON array', send: (u) => post(u, JSON.stringify([sampleRecord()])), status: 422, error: 'invalid_record', path: '/' },
    { name: 'an oversized body (declared length)', send: (u) => post(u, JSON.stringify({ ...sampleRecord(), pad: 'x'.repeat(20_000) })), status: 413, error: 'payload_too_large' },
    { name: 'GET on the record endpoint', send: (u) => fetch(u), status: 405, error: 'method_not_allowed' },
    { name: 'PUT on the record endpoint', send: (u) => fetch(u, { method: 'PUT', body: JSON.stringify(sampleRecord()), headers: { 'content-type': 'application/json' } }), status: 405, error: 'method_not_allowed' },
    { name: 'a form content type', send: (u) => post(u, JSON.stringify(sampleRecord()), { 'content-type': 'application/x-www-form-urlencoded' }), status: 415, error: 'unsupported_media_type' },
    { name: 'no content type', send: (u) => fetch(u, { method: 'POST', body: new Blob([JSON.stringify(sampleRecord())]) }), status: 415, error: 'unsupported_media_type' },
    { name: 'a charset other than UTF-8', send: (u) => post(u, JSON.stringify(sampleRecord()), { 'content-type': 'text/plain; charset=ISO-8859-1' }), status: 415, error: 'unsupported_media_type' },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.status}`, async () => {
      const { store, url } = await start();
      const res = await c.send(url);
      expect(res.status).toBe(c.status);
      const body = (await res.json()) as { error: string; path?: string; message: string };
      expect(body.error).toBe(c.error);
      expect(body.message).toEqual(expect.any(String));
      if (c.path) expect(body.path).toBe(c.path);
      if (c.status === 405) expect(res.headers.get('allow')).toBe('POST, OPTIONS');
      expect(await store.count()).toBe(0);
    });
  }

  it('an oversized streamed body (no length given): 413 without reading it all, nothing stored', async () => {
    const { store, url } = await start({ maxBodyBytes: 1024 });
    const { port } = new URL(url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', headers: { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' } });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(`{"schema":1,"recordId":"${'a'.repeat(2000)}`); // past the cap: the server answers before the body ends
    });
    expect(status).toBe(413);
    expect(await store.count()).toBe(0);
  });
});

describe('CORS', () => {
  it('answers a preflight without credentials', async () => {
    const { url } = await start({ allowedOrigins: ['https://shop.example'] });
    const res = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
    expect(res.headers.get('vary')).toBe('Origin');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('refuses a browser origin not in allowedOrigins, and stores nothing', async () => {
    const { store, url } = await start({ allowedOrigins: ['https://shop.example'] });
    const res = await post(url, JSON.stringify(sampleRecord()), { 'content-type': 'text/plain', origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await store.count()).toBe(0);
  });

  it('lets an allowed origin post and read the answer', async () => {
    const { store, url } = await start({ allowedOrigins: ['https://shop.example'] });
    const res = await post(url, JSON.stringify(sampleRecord()), { 'content-type': 'text/plain', origin: 'https://shop.example' });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(await store.count()).toBe(1);
  });
});

describe('admin: proof of consent and export', () => {
  async function seeded() {
    const ctx = await start();
    const consentId = 'browser-one-0123456789';
    const first = sampleRecord({ consentId, sequence: 1, action: 'accept_all' });
    const second = sampleRecord({ consentId, sequence: 2, action: 'withdraw', policy: { revision: '2026-01', url: '=HYPERLINK("https://evil.example","x")' } });
    const other = sampleRecord();
    // Sent out of order: the lookup still lists them by sequence.
    for (const r of [second, other, first]) expect((await post(ctx.url, JSON.stringify(r))).status).toBe(201);
    return { ...ctx, consentId, first, second, other };
  }
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('needs the admin token: 401 without it or with a wrong one', async () => {
    const { url, consentId } = await seeded();
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer wrong' }, { authorization: `Basic ${TOKEN}` }, { authorization: `Bearer ${TOKEN}x` }];
    for (const headers of attempts) {
      const lookup = await fetch(`${url}/consents/${consentId}`, { headers });
      expect(lookup.status).toBe(401);
      expect(lookup.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await fetch(`${url}/export`, { headers })).status).toBe(401);
    }
  });

  it('is disabled (403) when the receiver has no admin token', async () => {
    const { url } = await start({ adminToken: undefined });
    expect((await fetch(`${url}/export`, { headers: auth })).status).toBe(403);
  });

  it("looks up one browser's records in sequence order", async () => {
    const { url, consentId, first, second } = await seeded();
    const res = await fetch(`${url}/consents/${consentId}`, { headers: auth });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { consentId: string; records: Array<{ receivedAt: string; record: unknown }> };
    expect(body.consentId).toBe(consentId);
    expect(body.records.map((r) => r.record)).toEqual([first, second]);
    expect(body.records[0]!.receivedAt).toBe('2026-03-01T12:00:03.000Z');
    expect((await fetch(`${url}/consents/unknown-consent-id-000`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${url}/consents/bad%20id`, { headers: auth })).status).toBe(400);
  });

  it('exports a receive-time range as JSON: from inclusive, to exclusive', async () => {
    const { url, second, other } = await seeded();
    const res = await fetch(`${url}/export?from=2026-03-01T12:00:01Z&to=2026-03-01T12:00:03Z`, { headers: auth });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { count: number; records: Array<{ record: { recordId: string } }> };
    expect(body.count).toBe(2);
    expect(body.records.map((r) => r.record.recordId)).toEqual([second.recordId, other.recordId]);
    expect((await fetch(`${url}/export?from=soon`, { headers: auth })).status).toBe(400);
    expect((await fetch(`${url}/export?from=-010000-01-01T00:00:00Z`, { headers: auth })).status).toBe(400); // a valid Date, before any store's range
    // What Date.parse alone would take and read as another day, or in the server's own time zone.
    for (const loose of ['foo 2026', '1', '2026-02-30', '2026-1-5', '12/31/2026', 'Tue, 01 Jan 2026 00:00:00 GMT', '2026-03-01T12:00:00', '0000-01-01']) {
      expect((await fetch(`${url}/export?from=${encodeURIComponent(loose)}`, { headers: auth })).status, loose).toBe(400);
    }
    // What the check lets through, Date.parse cannot read: a leap second, an offset of hours only.
    for (const strict of ['2016-12-31T23:59:60Z', '2026-03-01T12:00:00%2B05']) {
      expect((await fetch(`${url}/export?from=${strict}`, { headers: auth })).status, strict).toBe(200);
    }
    // A date is UTC midnight; a date-time needs its offset.
    const day = (await (await fetch(`${url}/export?from=2026-03-01&to=2026-03-01T13:00:03%2B01:00`, { headers: auth })).json()) as { count: number; from: string };
    expect(day).toMatchObject({ count: 2, from: '2026-03-01T00:00:00.000Z' });
    expect((await fetch(`${url}/export?format=xml`, { headers: auth })).status).toBe(400);
  });

  it("a store of one's own without settled: an export with no to is open-ended, to null and no Consent-Log-To", async () => {
    const { settled: _none, ...own } = memoryRecordStore();
    const { url } = await start({ store: own });
    expect((await post(url, JSON.stringify(sampleRecord()))).status).toBe(201);
    const res = await fetch(`${url}/export`, { headers: auth });
    expect(res.headers.get('consent-log-to')).toBeNull(); // not "+275760-09-13T00:00:00.000Z", which no bound takes
    expect(await res.json()).toMatchObject({ to: null, count: 1 });
    const bounded = await fetch(`${url}/export?to=2027-01-01T00:00:00Z`, { headers: auth });
    expect(bounded.headers.get('consent-log-to')).toBe('2027-01-01T00:00:00.000Z');
  });

  it('exports CSV with escaped cells and formulas defused', async () => {
    const { url, second } = await seeded();
    const res = await fetch(`${url}/export?format=csv`, { headers: auth });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('received_at,record_id,consent_id,sequence,timestamp,action,layer,categories,services,policy_revision,policy_url,library_version,banner_version,locale,origin,gpc,consent_text,consent_manager');
    expect(lines).toHaveLength(5); // header, 3 records, final empty line
    const row = lines.find((l) => l.includes(second.recordId))!;
    expect(row).toContain('"{""necessary"":true,""analytics"":true,""marketing"":true}"');
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
  });
});

describe('routing', () => {
  it('mounted under a base path, it leaves other paths to next() or answers 404', async () => {
    const store = memoryRecordStore();
    const handler = createReceiver({ store, basePath: '/consent-log' });
    const passed: string[] = [];
    const receiver = await serve((req, res) => handler(req, res, () => {
      passed.push(req.url ?? '');
      res.writeHead(418).end();
    }));
    running.push(receiver);
    expect((await post(`${receiver.url}/consent-log`, JSON.stringify(sampleRecord()))).status).toBe(201);
    expect((await fetch(`${receiver.url}/consent-logs`)).status).toBe(418);
    expect(passed).toEqual(['/consent-logs']);
    const bare = await start();
    expect((await fetch(`${bare.url}/nothing-here`)).status).toBe(404);
  });

  it('a store that fails answers 503 (the browser keeps the record and retries)', async () => {
    const failing: RecordStore = { insert: () => { throw new Error('disk full'); }, byConsentId: () => [], range: () => [], count: () => 0 };
    const errors: unknown[] = [];
    const { url } = await start({ store: failing, onError: (e: unknown) => errors.push(e) });
    const res = await post(url, JSON.stringify(sampleRecord()));
    expect(res.status).toBe(503);
    expect(errors).toHaveLength(1);
  });
});
