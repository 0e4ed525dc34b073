import { describe, expect, test, vi } from 'vitest';
import { createConsent } from './testing/create-consent';
import type { Environment } from './environment';
import { testConfig } from './testing/config-fixture';
import { fakeEnv, fakeServer, settle } from './testing/fake-env';
import type { ConsentOptions, ConsentRecord } from './types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { PAGE_LOAD_RETRIES } from './page-load-retries';

const ENDPOINT = 'https://log.test/consent';

/** A page whose records go to `server`; store and outbox may be shared with other pages. */
function page(options: { server?: ReturnType<typeof fakeServer>; fake?: ReturnType<typeof fakeEnv>; env?: Partial<Environment> } & Omit<ConsentOptions, 'env' | 'now'> = {}) {
  const { server, fake: given, env, ...rest } = options;
  const fake = given ?? fakeEnv({ ...(server ? { fetch: server.fetch } : {}), ...env });
  const consent = createConsent(testConfig({ records: { endpoint: ENDPOINT } }), {
    store: memoryStore(),
    outbox: memoryOutbox(),
    ...rest,
    now: fake.now,
    env: fake.env,
  });
  return { consent, fake };
}

/** A first page whose record the server missed (503): it waits in the outbox, beside the store, for the pages after it. */
async function missedRecord() {
  const server = fakeServer(503);
  const outbox = memoryOutbox();
  const store = memoryStore();
  const first = page({ server, outbox, store });
  first.consent.acceptAll();
  await settle();
  expect(outbox.entries).toHaveLength(1);
  return { server, outbox, store, first };
}

/** missedRecord, its page left open until the record has failed `attempts` times, then closed. */
async function failedTimes(attempts: number) {
  const missed = await missedRecord();
  while (missed.outbox.entries[0]!.attempts < attempts) {
    missed.first.fake.advance(10 * 60_000);
    await settle();
  }
  missed.first.consent.destroy();
  expect(missed.outbox.entries[0]!.attempts).toBe(attempts);
  return { ...missed, calls: missed.server.calls.length };
}

describe('delivery to the endpoint', () => {
  test('POSTs the record as text/plain JSON with keepalive and no credentials', async () => {
    const server = fakeServer(204);
    const { consent } = page({ server });
    consent.acceptAll();
    await settle();
    expect(server.calls).toHaveLength(1);
    const call = server.calls[0]!;
    expect(call.url).toBe(ENDPOINT);
    expect(call.init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', headers: { 'content-type': 'text/plain;charset=UTF-8' } });
    expect(call.record.action).toBe('accept_all');
  });

  test('a server that fails (503) then recovers: retried with backoff, delivered exactly once, same idempotency key', async () => {
    const server = fakeServer(503);
    const outbox = memoryOutbox();
    const { consent, fake } = page({ server, outbox });
    consent.acceptAll();
    await settle();
    expect(server.calls).toHaveLength(1);
    // Not retried before the backoff is over (2 s ±20 %)…
    fake.advance(1500);
    await settle();
    expect(server.calls).toHaveLength(1);
    // …then retried, with a longer wait each time.
    fake.advance(1000);
    await settle();
    expect(server.calls).toHaveLength(2);
    expect(fake.pendingTimers()[0]).toBeGreaterThanOrEqual(3200);
    server.status = 200;
    fake.advance(10_000);
    await settle();
    expect(server.calls).toHaveLength(3);
    fake.advance(60 * 60_000);
    await settle();
    expect(server.calls).toHaveLength(3);
    expect(server.accepted()).toHaveLength(1);
    expect(new Set(server.calls.map((c) => c.record.recordId)).size).toBe(1);
    expect(new Set(server.calls.map((c) => JSON.stringify(c.record))).size).toBe(1); // the same record each time
    expect(outbox.entries).toEqual([]);
  });

  test('server down, a second decision queued behind the first: the page waits for the retry, it does not spin', async () => {
    const server = fakeServer(503);
    const { consent, fake } = page({ server });
    consent.acceptAll();
    await settle();
    consent.rejectAll();
    await settle();
    // The second, never tried, is tried once (the first might be refused for its body alone); failing
    // too, it waits behind the first: the next pass is at the first one's retry, not a 0 ms timer
    // re-armed by every pass.
    await vi.waitFor(() => expect(server.calls.map((c) => c.record.action)).toEqual(['accept_all', 'reject_all']));
    expect(Math.min(...fake.pendingTimers())).toBeGreaterThanOrEqual(1600);
    server.status = 200;
    fake.advance(3000);
    await settle();
    expect(server.calls.filter((c) => c.status === 200).map((c) => c.record.action)).toEqual(['accept_all', 'reject_all']);
  });

  test('a network error is retried the same way', async () => {
    const server = fakeServer('network');
    const { consent, fake } = page({ server });
    consent.rejectAll();
    await settle();
    server.status = 201;
    fake.advance(3000);
    await settle();
    expect(server.calls.map((c) => c.status)).toEqual(['network', 201]);
  });

  test('failures never change the stored choice or block the page', async () => {
    const server = fakeServer(503);
    const store = memoryStore();
    const { consent, fake } = page({ server, store });
    consent.set({ analytics: true });
    const stored = store.value;
    for (let i = 0; i < 5; i++) {
      fake.advance(10 * 60_000);
      await settle();
    }
    expect(server.calls.length).toBeGreaterThan(3);
    expect(store.value).toBe(stored);
    expect(consent.state.categories).toEqual({ necessary: true, analytics: true, marketing: false });
  });

  test('a fetch that never answers does not block a decision', () => {
    const fetch = vi.fn(() => new Promise<Response>(() => {}));
    const { consent } = page({ env: { fetch: fetch as unknown as typeof globalThis.fetch } });
    consent.acceptAll();
    expect(consent.allowed('analytics')).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('a request that never answers is given up on after 30 s; the next record goes, and once it is taken the first is sent again', async () => {
    let hang = true;
    const sent: string[] = [];
    const fetch = vi.fn((_url: string, init: RequestInit) => {
      sent.push((JSON.parse(init.body as string) as ConsentRecord).action);
      if (!hang) return Promise.resolve(new Response(null, { status: 201 }));
      return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    });
    const { consent, fake } = page({ env: { fetch: fetch as unknown as typeof globalThis.fetch } });
    consent.acceptAll();
    consent.rejectAll();
    await settle();
    expect(sent).toEqual(['accept_all']);
    fake.advance(29_000);
    await settle();
    expect(sent).toEqual(['accept_all']); // still waiting for its answer
    hang = false;
    fake.advance(1_000); // aborted at 30 s: the next one is tried at once, and taken, so the first is tried again at once
    await settle();
    expect(sent).toEqual(['accept_all', 'reject_all', 'accept_all']);
    fake.advance(2_500);
    await settle();
    expect(sent).toEqual(['accept_all', 'reject_all', 'accept_all']);
    expect(consent.state.categories.analytics).toBe(false);
  });

  test('kept across page loads: a record the server missed is sent on the next page, once', async () => {
    const { server, outbox, store, first } = await missedRecord();
    first.consent.destroy(); // the visitor leaves
    expect(outbox.entries).toHaveLength(1);
    const id = outbox.entries[0]!.record.recordId;
    server.status = 200;
    const second = page({ server, outbox, store });
    await settle();
    expect(server.accepted()).toEqual([id]);
    expect(outbox.entries).toEqual([]);
    const third = page({ server, outbox, store });
    await settle();
    expect(server.accepted()).toHaveLength(1);
    second.consent.destroy();
    third.consent.destroy();
  });

  test('pages sharing the cookie keep each other\'s records: one that sends nowhere, one with only onRecord', async () => {
    const { server, outbox, store } = await missedRecord();
    // A page whose config has no endpoint and no onRecord starts, sees the cookie and flushes.
    const b = fakeEnv();
    createConsent(testConfig(), { store, outbox, now: b.now, env: b.env });
    await settle();
    expect(outbox.entries).toHaveLength(1);
    // An npm page with onRecord, beside the script-tag page with the endpoint: each sends its own.
    const onRecord = vi.fn();
    const c = fakeEnv();
    createConsent(testConfig(), { store, outbox, onRecord, now: c.now, env: c.env }).rejectAll();
    await settle();
    expect(onRecord).toHaveBeenCalledTimes(1);
    expect(outbox.entries.map((e) => e.pending)).toEqual([['endpoint']]);
    server.status = 200;
    page({ server, outbox, store });
    await settle();
    expect(server.accepted()).toHaveLength(1);
    expect(outbox.entries).toEqual([]);
    expect([...b.errors, ...c.errors]).toEqual([]);
  });

  test('a new page retries at once, whatever the backoff said, while the record has failed fewer than 5 times', async () => {
    const { server, outbox, first, calls } = await failedTimes(PAGE_LOAD_RETRIES - 1);
    server.status = 200;
    page({ server, outbox, fake: first.fake });
    await settle();
    expect(server.calls.length).toBe(calls + 1);
    expect(server.accepted()).toHaveLength(1);
  });

  test('a record that failed 5 times (a log answering 404): a new page waits out its backoff, as the boot file does, then sends it', async () => {
    const { server, outbox, first, calls } = await failedTimes(PAGE_LOAD_RETRIES);
    server.status = 200;
    page({ server, outbox, fake: first.fake });
    await settle();
    expect(server.calls.length).toBe(calls);
    first.fake.advance(outbox.entries[0]!.nextAttemptAt - first.fake.now());
    await settle();
    expect(server.calls.length).toBe(calls + 1);
    expect(server.accepted()).toHaveLength(1);
  });

  test('the browser coming back online flushes at once', async () => {
    const server = fakeServer('network');
    const { consent, fake } = page({ server });
    consent.acceptAll();
    await settle();
    server.status = 200;
    fake.fire('online');
    await settle();
    expect(server.accepted()).toHaveLength(1);
  });

  test.each([400, 409, 413, 415, 422])('a refusal of the record (HTTP %i) drops it with an error; it is never sent again', async (status) => {
    const server = fakeServer(status);
    const outbox = memoryOutbox();
    const { consent, fake } = page({ server, outbox });
    consent.acceptAll();
    await settle();
    expect(outbox.entries).toEqual([]);
    await vi.waitFor(() => expect(fake.errors.join('\n')).toContain(`refused record ${server.calls[0]!.record.recordId} with HTTP ${status}`)); // its words are a dynamic import
    fake.advance(60 * 60_000);
    fake.fire('online');
    await settle();
    expect(server.calls).toHaveLength(1);
  });

  test('a receiver not deployed yet (404), then deployed: every record waits, is retried with backoff, and arrives exactly once', async () => {
    const server = fakeServer(404);
    const outbox = memoryOutbox();
    const { consent, fake } = page({ server, outbox });
    consent.acceptAll();
    await settle();
    consent.rejectAll();
    await settle();
    // Both kept, the newer one (tried once: the older might be refused alone) behind the older; one line says why.
    await vi.waitFor(() => expect(server.calls).toHaveLength(2));
    expect(outbox.entries.map((e) => e.record.sequence)).toEqual([1, 2]);
    await vi.waitFor(() => expect(fake.errors).toHaveLength(1)); // its words are a dynamic import
    expect(fake.errors[0]).toContain('answered HTTP 404');
    // Not sent again before the backoff is over; then the older and one newer, still 404, said no more.
    fake.advance(1500);
    await settle();
    expect(server.calls).toHaveLength(2);
    fake.advance(1000);
    await settle();
    expect(server.calls).toHaveLength(4);
    expect(fake.errors).toHaveLength(1);
    // Deployed: the next attempt delivers both, in order, once each.
    server.status = 201;
    fake.advance(10 * 60_000);
    await settle();
    expect(server.accepted().map((id) => server.calls.find((c) => c.record.recordId === id)!.record.sequence)).toEqual([1, 2]);
    expect(outbox.entries).toEqual([]);
    fake.advance(60 * 60_000);
    fake.fire('online');
    await settle();
    expect(server.accepted()).toHaveLength(2);
  });

  test.each([401, 403, 404, 405, 408, 410, 421, 425, 429, 500, 501, 502])('HTTP %i is retried', async (status) => {
    const server = fakeServer(status);
    const outbox = memoryOutbox();
    const { consent } = page({ server, outbox });
    consent.acceptAll();
    await settle();
    expect(outbox.entries).toHaveLength(1);
  });

  test('two tabs sharing one outbox: both records are delivered, none lost', async () => {
    const server = fakeServer(503);
    const outbox = memoryOutbox();
    const store = memoryStore();
    const a = page({ server, outbox, store });
    const b = page({ server, outbox, store });
    a.consent.acceptAll();
    b.consent.set({ marketing: false });
    await settle();
    expect(outbox.entries).toHaveLength(2);
    server.status = 200;
    a.fake.fire('online');
    await settle();
    expect(server.accepted().map((id) => server.calls.find((c) => c.record.recordId === id)!.record.sequence)).toEqual([1, 2]);
    expect(outbox.entries).toEqual([]);
  });

  test('pagehide hands pending records to sendBeacon; they stay queued until confirmed', async () => {
    const server = fakeServer(503);
    const beacons: Array<{ url: string; body: string }> = [];
    const outbox = memoryOutbox();
    const { consent, fake } = page({ server, outbox, env: { sendBeacon: (url, body) => (beacons.push({ url, body }), true) } });
    consent.acceptAll();
    await settle();
    fake.fire('pagehide');
    expect(beacons).toHaveLength(1);
    expect(beacons[0]!.url).toBe(ENDPOINT);
    expect((JSON.parse(beacons[0]!.body) as ConsentRecord).recordId).toBe(outbox.entries[0]!.record.recordId);
    expect(outbox.entries).toHaveLength(1);
  });

  test('no fetch at all (old browser, Node): kept for later', async () => {
    const outbox = memoryOutbox();
    const { consent } = page({ outbox, env: { fetch: undefined } });
    consent.acceptAll();
    await settle();
    expect(outbox.entries).toHaveLength(1);
  });
});

describe('delivery to onRecord', () => {
  function callbackPage(onRecord: ConsentOptions['onRecord'], outbox = memoryOutbox()) {
    const fake = fakeEnv();
    const consent = createConsent(testConfig(), { store: memoryStore(), outbox, onRecord, now: fake.now, env: fake.env });
    return { consent, fake, outbox };
  }

  test.each([
    ['throws', () => { throw new Error('log down'); }],
    ['rejects', () => Promise.reject(new Error('log down'))],
    ['returns false', () => false],
    ['resolves false', () => Promise.resolve(false)],
  ])('a callback that %s is retried until it succeeds, with the same record id', async (_name, failure) => {
    let failing = true;
    const seen: string[] = [];
    const onRecord = vi.fn((r: ConsentRecord) => {
      seen.push(r.recordId);
      return failing ? failure() : undefined;
    });
    const { consent, fake, outbox } = callbackPage(onRecord as ConsentOptions['onRecord']);
    consent.acceptAll();
    await settle();
    expect(outbox.entries).toHaveLength(1);
    failing = false;
    fake.advance(3000);
    await settle();
    expect(outbox.entries).toEqual([]);
    fake.advance(60 * 60_000);
    await settle();
    expect(seen).toHaveLength(2);
    expect(new Set(seen).size).toBe(1);
  });

  test('a callback that succeeds is called once per record; the page never waits for it', async () => {
    const onRecord = vi.fn((_record: ConsentRecord) => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    const { consent } = callbackPage(onRecord);
    consent.acceptAll();
    expect(consent.allowed('analytics')).toBe(true);
    consent.rejectAll();
    await settle();
    expect(onRecord).toHaveBeenCalledTimes(2);
    expect(onRecord.mock.calls.map(([r]) => r.sequence)).toEqual([1, 2]);
  });

  test('onRecord and the endpoint are retried separately', async () => {
    const server = fakeServer(503);
    const onRecord = vi.fn();
    const outbox = memoryOutbox();
    const fake = fakeEnv({ fetch: server.fetch });
    const consent = createConsent(testConfig({ records: { endpoint: ENDPOINT } }), { store: memoryStore(), outbox, onRecord, now: fake.now, env: fake.env });
    consent.acceptAll();
    await settle();
    server.status = 200;
    fake.fire('online');
    await settle();
    expect(onRecord).toHaveBeenCalledTimes(1);
    expect(server.accepted()).toHaveLength(1);
    expect(outbox.entries).toEqual([]);
  });

  test('consent.flush() resolves once the attempt is over', async () => {
    const onRecord = vi.fn(async () => {});
    const { consent, outbox } = callbackPage(onRecord);
    consent.acceptAll();
    await consent.flush();
    expect(outbox.entries).toEqual([]);
  });
});
