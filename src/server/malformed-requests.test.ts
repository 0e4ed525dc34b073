import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReceiverOptions } from './fetch-receiver';
import { memoryRecordStore } from './memory-store';
import { createReceiver, type ReceiverHandler } from './receiver';
import { serve, type RunningReceiver } from './testing/http';
import { rawExchange, rawRequest } from './testing/raw-http';
import { sampleRecord } from './testing/record-fixture';

const TOKEN = 'test-admin-token-0123456789';
const auth = { Authorization: `Bearer ${TOKEN}` };
const running: RunningReceiver[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

// Each of these used to throw outside the handler's try: an unhandled rejection that stopped Node.
const MALFORMED: Array<[string, string]> = [
  ['a percent escape that is not UTF-8', rawRequest('GET /consent-log/consents/%E0 HTTP/1.1', auth)],
  ['a broken percent escape', rawRequest('GET /consent-log/consents/%ZZ-0123456789abcdef HTTP/1.1', auth)],
  ['a target that URL parsers read as a host', rawRequest('GET // HTTP/1.1')],
  ['an absolute-form target that does not parse', rawRequest('GET http://[ HTTP/1.1')],
  ['an asterisk-form target', rawRequest('OPTIONS * HTTP/1.1')],
];

async function started(handler: ReceiverHandler) {
  const receiver = await serve(handler);
  running.push(receiver);
  return receiver;
}

async function stillStores(url: string) {
  const res = await fetch(`${url}/consent-log`, { method: 'POST', body: JSON.stringify(sampleRecord()), headers: { 'content-type': 'text/plain' } });
  expect(res.status).toBe(201);
}

describe.each([
  ['mounted under /consent-log', (options: ReceiverOptions) => createReceiver(options)],
  ['with an Express-style next()', (options: ReceiverOptions) => {
    const handler = createReceiver(options);
    const wrapped: ReceiverHandler = (req, res) => handler(req, res, () => void res.writeHead(418).end());
    return wrapped;
  }],
])('malformed requests over a real socket (%s)', (_name, make) => {
  it.each(MALFORMED)('%s: 400, and the receiver keeps answering', async (_case, request) => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const errors: unknown[] = [];
      const store = memoryRecordStore();
      const receiver = await started(make({ store, adminToken: TOKEN, basePath: '/consent-log', onError: (e) => errors.push(e) }));
      const answer = await rawExchange(receiver.url, request);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ error: expect.any(String), message: expect.any(String) });
      await stillStores(receiver.url);
      expect(store.count()).toBe(1);
      expect(errors).toEqual([]); // a client's mistake, not the receiver's: nothing to report
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('a method a web Request cannot carry (TRACE: Node passes it on, TRACK and CONNECT it answers itself)', () => {
  it.each([
    ['TRACE /consent-log', '405', 'POST, OPTIONS'],
    ['TRACE /consent-log/export', '405', 'GET, OPTIONS'],
    ['TRACE /consent-log/consents/0123456789abcdef', '405', 'GET, OPTIONS'],
    ['TRACE /consent-log/nothing-here', '404', undefined],
  ])('%s: %s, nothing reported as a failure of the receiver', async (target, status, allow) => {
    const errors: unknown[] = [];
    const store = memoryRecordStore();
    const receiver = await started(createReceiver({ store, adminToken: TOKEN, basePath: '/consent-log', onError: (e) => errors.push(e) }));
    const answer = await rawExchange(receiver.url, rawRequest(`${target} HTTP/1.1`));
    expect(answer.status).toBe(Number(status));
    expect(/^allow: (.*)$/im.exec(answer.head)?.[1]?.trim()).toBe(allow);
    expect(JSON.parse(answer.body)).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    expect(errors).toEqual([]);
    await stillStores(receiver.url);
  });
});

describe('a valid absolute-form target', () => {
  it('is served like its path', async () => {
    const store = memoryRecordStore();
    const receiver = await started(createReceiver({ store, basePath: '/consent-log' }));
    const body = JSON.stringify(sampleRecord());
    const answer = await rawExchange(receiver.url, rawRequest('POST http://127.0.0.1/consent-log HTTP/1.1', { 'Content-Type': 'text/plain', 'Content-Length': String(Buffer.byteLength(body)) }) + body);
    expect(answer.status).toBe(201);
  });
});

describe('hostile bodies: each a 4xx, never a crash or a second copy', () => {
  const post = (url: string, body: string, type = 'text/plain;charset=UTF-8') => fetch(`${url}/consent-log`, { method: 'POST', body, headers: { 'content-type': type } });
  const record = JSON.stringify(sampleRecord());
  it.each([
    ['XML', () => record, 'application/xml', 415],
    ['a multipart form', () => record, 'multipart/form-data; boundary=x', 415],
    ['JSON cut short', () => record.slice(0, -1), undefined, 400],
    ['a number past every double (1e400 is Infinity)', () => record.replace('"sequence":1', '"sequence":1e400'), undefined, 422],
    ['a number past 2^53', () => record.replace('"sequence":1', '"sequence":9007199254740993'), undefined, 422],
    ['8,000 nested arrays (16 KB)', () => '['.repeat(8000) + ']'.repeat(8000), undefined, 422],
    ['7,000 nested arrays in an unknown field', () => `${record.slice(0, -1)},"x":${'['.repeat(7000)}${']'.repeat(7000)}}`, undefined, 422],
    ['a record id in other scripts (Cyrillic)', () => record.replace(/"recordId":"[^"]+"/, '"recordId":"запись-0123456789abcdef"'), undefined, 422],
    ['a record id with fullwidth digits', () => record.replace(/"recordId":"[^"]+"/, '"recordId":"０１２３４５６７８９０１２３４５"'), undefined, 422],
    ['a __proto__ field', () => `{"__proto__":{"admin":true},${record.slice(1)}`, undefined, 422],
  ] as const)('%s', async (_name, body, type, status) => {
    const errors: unknown[] = [];
    const store = memoryRecordStore();
    const receiver = await started(createReceiver({ store, basePath: '/consent-log', onError: (e) => errors.push(e) }));
    const res = await post(receiver.url, body(), type);
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    expect(store.count()).toBe(0);
    expect(errors).toEqual([]);
    await stillStores(receiver.url);
  });

  it('one record id with another body: 409, the first kept; the first again: 200; one row', async () => {
    const store = memoryRecordStore();
    const receiver = await started(createReceiver({ store, basePath: '/consent-log' }));
    const first = sampleRecord();
    const other = { ...first, action: 'reject_all', categories: { ...first.categories, analytics: false, marketing: false } };
    expect((await post(receiver.url, JSON.stringify(first))).status).toBe(201);
    expect((await post(receiver.url, JSON.stringify(other))).status).toBe(409);
    // A key given twice: JSON.parse keeps the last, so this is not `first` either.
    expect((await post(receiver.url, `${JSON.stringify(first).slice(0, -1)},"action":"reject_all"}`)).status).toBe(409);
    expect((await post(receiver.url, JSON.stringify(first))).status).toBe(200);
    expect(store.rows.map((r) => r.record)).toEqual([first]);
  });

  it('a body that stops half-way: cut off by the server\'s requestTimeout (408), nothing stored or reported; the receiver keeps answering', async () => {
    const errors: unknown[] = [];
    const store = memoryRecordStore();
    const handler = createReceiver({ store, basePath: '/consent-log', onError: (e) => errors.push(e) });
    const server = createServer({ requestTimeout: 1000, connectionsCheckingInterval: 100 }, (req, res) => void handler(req, res));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    running.push({ close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }), url: '' });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const began = Date.now();
    const answer = await rawExchange(url, `POST /consent-log HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: ${record.length}\r\n\r\n${record.slice(0, 100)}`);
    expect(answer.status).toBe(408);
    expect(Date.now() - began).toBeLessThan(4000);
    expect(store.count()).toBe(0);
    expect(errors).toEqual([]);
    await stillStores(url);
  });
});
