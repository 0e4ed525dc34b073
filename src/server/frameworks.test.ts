import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve as serveHono } from '@hono/node-server';
import express from 'express';
import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFetchReceiver } from './fetch-receiver';
import { memoryRecordStore } from './memory-store';
import { createReceiver } from './receiver';
import { sampleRecord } from './testing/record-fixture';

const TOKEN = 'test-admin-token-0123456789';
const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((done) => s.close(done));
  }
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  if (!server.listening) await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function post(url: string, body: string, type: string) {
  return fetch(url, { method: 'POST', body, headers: { 'content-type': type } });
}

/** What a site posts through each framework: stored once, a redelivery 200, a bad record 422 with its path. */
async function receivesRecords(endpoint: string, type: string, store: ReturnType<typeof memoryRecordStore>) {
  const record = sampleRecord();
  const first = await post(endpoint, JSON.stringify(record), type);
  expect(first.status).toBe(201);
  expect(await first.json()).toMatchObject({ status: 'created', recordId: record.recordId });
  expect((await post(endpoint, JSON.stringify(record), type)).status).toBe(200);
  const bad = await post(endpoint, JSON.stringify({ ...record, recordId: 'short' }), type);
  expect(bad.status).toBe(422);
  expect(await bad.json()).toMatchObject({ error: 'invalid_record', path: '/recordId' });
  expect(store.byConsentId(record.consentId).map((r) => r.record)).toEqual([record]);
}

// express.json() leaves req.body an object, express.text() a string, express.raw() a Buffer: the
// stream is consumed either way, and the receiver used to wait for it forever.
describe('mounted in Express 5 after a body parser', () => {
  const parsers = {
    'express.json()': () => express.json(),
    'express.text()': () => express.text(),
    "express.text({ type: '*/*' })": () => express.text({ type: '*/*' }),
    'express.raw()': () => express.raw({ type: '*/*' }),
  };
  for (const [name, parser] of Object.entries(parsers)) {
    for (const type of ['application/json', 'text/plain;charset=UTF-8']) {
      it(`${name}, ${type}`, async () => {
        const store = memoryRecordStore();
        const app = express();
        app.use(parser());
        app.use('/consent-log', createReceiver({ store, adminToken: TOKEN }));
        const url = await listen(app.listen(0, '127.0.0.1'));
        await receivesRecords(`${url}/consent-log`, type, store);
      });
    }
  }

  it('a parsed body over maxBodyBytes is still refused with 413', async () => {
    const app = express();
    app.use(express.json({ limit: '1mb' }));
    app.use('/consent-log', createReceiver({ store: memoryRecordStore(), maxBodyBytes: 1024 }));
    const url = await listen(app.listen(0, '127.0.0.1'));
    const res = await post(`${url}/consent-log`, JSON.stringify({ ...sampleRecord(), pad: 'x'.repeat(4000) }), 'application/json');
    expect(res.status).toBe(413);
  });

  it('a parsed body nested too deeply to write as JSON again: 422, not a 500', async () => {
    const errors: unknown[] = [];
    const app = express();
    app.use(express.json());
    app.use('/consent-log', createReceiver({ store: memoryRecordStore(), onError: (e) => errors.push(e) }));
    const url = await listen(app.listen(0, '127.0.0.1'));
    const res = await post(`${url}/consent-log`, '['.repeat(6000) + ']'.repeat(6000), 'application/json'); // 12 KB
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: 'invalid_record', message: expect.stringContaining('nested too deeply') });
    expect(errors).toEqual([]);
  });

  it('a body some middleware read without leaving req.body: 400, not a request that hangs', async () => {
    const app = express();
    app.use((req, _res, next) => {
      req.resume();
      req.on('end', () => next());
    });
    app.use('/consent-log', createReceiver({ store: memoryRecordStore() }));
    const url = await listen(app.listen(0, '127.0.0.1'));
    const res = await post(`${url}/consent-log`, JSON.stringify(sampleRecord()), 'text/plain');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'bad_json' });
  });

  it('leaves paths that are not its own to the next handler, and serves admin routes', async () => {
    const store = memoryRecordStore();
    const app = express();
    app.use(express.json());
    app.use('/consent-log', createReceiver({ store, adminToken: TOKEN }));
    app.use((_req, res) => void res.status(418).send('next'));
    const url = await listen(app.listen(0, '127.0.0.1'));
    const record = sampleRecord();
    expect((await post(`${url}/consent-log`, JSON.stringify(record), 'application/json')).status).toBe(201);
    expect((await fetch(`${url}/consent-log/elsewhere`)).status).toBe(418);
    const lookup = await fetch(`${url}/consent-log/consents/${record.consentId}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(((await lookup.json()) as { records: unknown[] }).records).toHaveLength(1);
    const csv = await fetch(`${url}/consent-log/export?format=csv`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect((await csv.text()).split('\r\n')).toHaveLength(3);
  });
});

// The Node snippet's basePath copied into an Express mount: the receiver matches nothing and Express
// answers its 404 page; the browser keeps the records, but none arrives until the mount is fixed.
describe('mounted in Express with basePath too', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says once that the mount path is stripped and basePath matches nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const app = express();
    app.use('/consent-log', createReceiver({ store: memoryRecordStore(), basePath: '/consent-log' }));
    app.use('/elsewhere', createReceiver({ store: memoryRecordStore(), basePath: '/consent-log' }));
    const url = await listen(app.listen(0, '127.0.0.1'));
    expect((await fetch(`${url}/elsewhere/nothing`)).status).toBe(404); // not a route under basePath: nothing said
    expect(warn).not.toHaveBeenCalled();
    expect((await post(`${url}/consent-log`, JSON.stringify(sampleRecord()), 'text/plain')).status).toBe(404);
    expect((await fetch(`${url}/consent-log/export`)).status).toBe(404);
    expect(warn.mock.calls).toEqual([[expect.stringContaining("/consent-log reached the receiver as /: the framework strips the mount path (Express's app.use('/consent-log', …)), so basePath '/consent-log' matches nothing. Leave basePath out.")]]);
  });
});

describe('as a fetch handler in Hono, over HTTP', () => {
  async function honoServer(app: { fetch: (request: Request) => Response | Promise<Response> }): Promise<string> {
    const server = await new Promise<Server>((resolve) => {
      const s = serveHono({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
    });
    return listen(server);
  }

  it('app.mount strips the prefix', async () => {
    const store = memoryRecordStore();
    const app = new Hono();
    app.mount('/consent-log', createFetchReceiver({ store, adminToken: TOKEN }));
    const url = await honoServer(app);
    await receivesRecords(`${url}/consent-log`, 'text/plain;charset=UTF-8', store);
    await receivesRecords(`${url}/consent-log`, 'application/json', store);
  });

  it("app.all('/consent-log/*') with basePath, the client's address passed for the rate limit", async () => {
    const store = memoryRecordStore();
    const receive = createFetchReceiver({ store, basePath: '/consent-log', rateLimit: { records: 4 } });
    const app = new Hono<{ Bindings: { incoming: { socket: { remoteAddress?: string } } } }>();
    app.all('/consent-log/*', (c) => receive(c.req.raw, { address: c.env.incoming.socket.remoteAddress }));
    app.all('/consent-log', (c) => receive(c.req.raw, { address: c.env.incoming.socket.remoteAddress }));
    const url = await honoServer(app);
    await receivesRecords(`${url}/consent-log/`, 'text/plain;charset=UTF-8', store); // 3 requests
    expect((await post(`${url}/consent-log`, JSON.stringify(sampleRecord()), 'text/plain')).status).toBe(201);
    const limited = await post(`${url}/consent-log`, JSON.stringify(sampleRecord()), 'text/plain');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
