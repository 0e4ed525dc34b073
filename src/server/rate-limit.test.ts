import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFetchReceiver, type ReceiverOptions } from './fetch-receiver';
import { memoryRecordStore } from './memory-store';
import { NO_ADDRESS_WARNING, fixedWindowLimiter } from './rate-limit';
import { createReceiver } from './receiver';
import { serve, type RunningReceiver } from './testing/http';
import { sampleRecord } from './testing/record-fixture';

describe('fixedWindowLimiter', () => {
  it('allows `limit` per key in a window, then says how long to wait, and starts over in the next window', () => {
    let t = 10_000;
    const take = fixedWindowLimiter(2, 60_000, () => t);
    expect([take('a'), take('a'), take('b')]).toEqual([null, null, null]);
    expect(take('a')).toBe(60);
    t += 45_500;
    expect(take('a')).toBe(15); // rounded up: never tell a client to come back too early
    t += 14_500;
    expect(take('a')).toBeNull();
  });

  it('starts a new window when the clock steps back, rather than waiting the step out', () => {
    let t = 10_000_000;
    const take = fixedWindowLimiter(1, 60_000, () => t);
    expect(take('a')).toBeNull();
    t -= 3_600_000; // NTP, or a restored VM
    expect(take('a')).toBeNull();
    expect(take('a')).toBe(60);
    t += 60_000;
    expect(take('a')).toBeNull();
  });
});

const TOKEN = 'test-admin-token-0123456789';
const running: RunningReceiver[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function start(options: Partial<ReceiverOptions>) {
  const receiver = await serve(createReceiver({ store: memoryRecordStore(), adminToken: TOKEN, ...options }));
  running.push(receiver);
  return receiver.url;
}

const postRecord = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body: JSON.stringify(sampleRecord()), headers: { 'content-type': 'text/plain', ...headers } });

describe('the receiver rate limit', () => {
  it('is off by default', async () => {
    const url = await start({});
    const statuses = await Promise.all(Array.from({ length: 30 }, () => postRecord(url).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([201]));
  });

  it('answers 429 with Retry-After and CORS past the record limit; preflights are not counted; admin keeps its own budget', async () => {
    const url = await start({ rateLimit: { records: 3, admin: 2 }, allowedOrigins: ['https://shop.example'] });
    const origin = { origin: 'https://shop.example' };
    expect((await fetch(url, { method: 'OPTIONS', headers: origin })).status).toBe(204);
    for (let i = 0; i < 3; i++) expect((await postRecord(url, origin)).status).toBe(201);
    const limited = await postRecord(url, origin);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get('access-control-allow-origin')).toBe('https://shop.example'); // the page can read it
    expect(await limited.json()).toMatchObject({ error: 'rate_limited' });

    const wrong = { authorization: 'Bearer guess' };
    expect((await fetch(`${url}/export`, { headers: wrong })).status).toBe(401);
    expect((await fetch(`${url}/export`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    // Guessing tokens spends the same budget: the third admin request is refused, right token or not.
    expect((await fetch(`${url}/export`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(429);
  });

  it('counts per client address, read from a proxy header when told to', async () => {
    const url = await start({ rateLimit: { records: 1, clientAddress: (request) => request.headers.get('x-real-ip') ?? undefined } });
    expect((await postRecord(url, { 'x-real-ip': '203.0.113.1' })).status).toBe(201);
    expect((await postRecord(url, { 'x-real-ip': '203.0.113.1' })).status).toBe(429);
    expect((await postRecord(url, { 'x-real-ip': '203.0.113.2' })).status).toBe(201);
    expect((await postRecord(url)).status).toBe(201); // no address known: not limited
  });
});

// Hono's app.mount calls the handler with its env, not an address: the README's mount line with a
// rateLimit added limited nothing, and nothing said so.
describe('a rate limit whose handler is given no address', () => {
  afterEach(() => vi.restoreAllMocks());
  const post = () => new Request('http://127.0.0.1/', { method: 'POST', body: JSON.stringify(sampleRecord()), headers: { 'content-type': 'text/plain' } });

  it('says so once, and lets the requests through as the README says', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const receive = createFetchReceiver({ store: memoryRecordStore(), rateLimit: { records: 1 } });
    const statuses = [await receive(post()), await receive(post(), { incoming: {} } as never), await receive(post())].map((r) => r.status);
    expect(statuses).toEqual([201, 201, 201]);
    expect(warn.mock.calls).toEqual([[NO_ADDRESS_WARNING]]);
    expect(NO_ADDRESS_WARNING).toContain('app.mount');
  });

  it('says nothing when the address comes, or when clientAddress chose to give none', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const withAddress = createFetchReceiver({ store: memoryRecordStore(), rateLimit: { records: 1 } });
    expect([(await withAddress(post(), { address: '203.0.113.1' })).status, (await withAddress(post(), { address: '203.0.113.1' })).status]).toEqual([201, 429]);
    const fromHeader = createFetchReceiver({ store: memoryRecordStore(), rateLimit: { records: 1, clientAddress: (r) => r.headers.get('x-real-ip') ?? undefined } });
    expect((await fromHeader(post())).status).toBe(201);
    expect(warn).not.toHaveBeenCalled();
  });
});
