import { afterEach, describe, expect, it } from 'vitest';
import { createFetchReceiver, type ReceiverOptions } from './fetch-receiver';
import { memoryRecordStore } from './memory-store';
import { createReceiver } from './receiver';
import { serve } from './testing/http';
import { sampleRecord } from './testing/record-fixture';

// A page on one allowed origin could post records claiming another's origin, and the log kept
// them as proof of consent on a site the visitor never saw.
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

type Post = (body: string, origin?: string) => Promise<Response>;
const TYPE = { 'content-type': 'text/plain;charset=UTF-8' };
const headers = (origin?: string) => (origin === undefined ? TYPE : { ...TYPE, origin });
const handlers: Array<[string, (options: ReceiverOptions) => Promise<Post>]> = [
  [
    'Node',
    async (options) => {
      const receiver = await serve(createReceiver(options));
      cleanups.push(() => receiver.close());
      return (body, origin) => fetch(receiver.url, { method: 'POST', body, headers: headers(origin) });
    },
  ],
  [
    'fetch',
    async (options) => {
      const receive = createFetchReceiver(options);
      return (body, origin) => receive(new Request('http://receiver.test/', { method: 'POST', body, headers: headers(origin) }));
    },
  ],
];

const SHOP = 'https://shop.example';
const BLOG = 'https://blog.example';

describe.each(handlers)('the %s handler', (_name, start) => {
  it('refuses a record claiming another origin than the page that posts it (both allowed): 422 origin_mismatch, nothing stored', async () => {
    const store = memoryRecordStore();
    const post = await start({ store, allowedOrigins: [SHOP, BLOG] });
    const record = sampleRecord({ origin: SHOP });
    const res = await post(JSON.stringify(record), BLOG);
    expect(res.status).toBe(422);
    expect(res.headers.get('access-control-allow-origin')).toBe(BLOG); // the page can read why
    expect(await res.json()).toEqual({
      error: 'origin_mismatch',
      path: '/origin',
      recordId: record.recordId,
      message: `record ${record.recordId}: the record's origin "${SHOP}" is not the origin of the page that sent it ("${BLOG}"): a page may send only its own records`,
    });
    expect(store.count()).toBe(0);
    expect((await post(JSON.stringify(record), SHOP)).status).toBe(201);
  });

  it("refuses it with allowedOrigins '*' too, and takes what cannot be compared: no Origin header (a server relaying), Origin null (sendBeacon under Referrer-Policy no-referrer), a record origin null (an app web view)", async () => {
    const store = memoryRecordStore();
    const post = await start({ store });
    expect((await post(JSON.stringify(sampleRecord({ origin: SHOP })), 'https://evil.example')).status).toBe(422);
    expect(store.count()).toBe(0);
    expect((await post(JSON.stringify(sampleRecord({ origin: SHOP })))).status).toBe(201);
    expect((await post(JSON.stringify(sampleRecord({ origin: SHOP })), 'null')).status).toBe(201);
    expect((await post(JSON.stringify(sampleRecord({ origin: 'null' })), 'capacitor://localhost')).status).toBe(201);
    expect((await post(JSON.stringify(sampleRecord({ origin: 'null' })), BLOG)).status).toBe(201);
    expect(store.count()).toBe(4);
  });
});
