import { describe, expect, test, vi } from 'vitest';
import { sayThrough } from './messages';
import { fakeEnv, fakeServer, settle } from './testing/fake-env';
import { callbackTransport, classifyStatus, endpointTransport } from './transports';
import type { ConsentRecord } from './types';

function record(): ConsentRecord {
  return {
    schema: 1,
    recordId: 'RrRrRrRrRrRrRrRrRrRrRr',
    consentId: 'CcCcCcCcCcCcCcCcCcCcCc',
    sequence: 1,
    timestamp: '2026-01-15T12:00:00.000Z',
    action: 'reject_all',
    layer: 'banner',
    categories: { necessary: true, analytics: false },
    services: {},
    policy: { revision: '1', url: 'https://shop.test/privacy' },
    library: { name: 'consentry', version: '0.1.0' },
    bannerVersion: '1',
    locale: 'en',
    origin: 'https://shop.test',
    gpc: false,
  };
}

describe('classifyStatus', () => {
  test.each([
    [200, 'ok'],
    [201, 'ok'],
    [204, 'ok'],
    [299, 'ok'],
    // The record itself is refused: it would be refused again.
    [400, 'drop'],
    [409, 'drop'], // consentry/server: another record is stored under this id; sent again, it is refused again
    [413, 'drop'],
    [415, 'drop'],
    [422, 'drop'], // consentry/server: an invalid record, or one claiming another page's origin
    // The endpoint is not there or not ready (not deployed, a route or proxy missing, an origin not allowed yet): fixed by a redeploy.
    [301, 'retry'],
    [401, 'retry'],
    [403, 'retry'],
    [404, 'retry'],
    [405, 'retry'],
    [410, 'retry'],
    [421, 'retry'],
    [501, 'retry'],
    [408, 'retry'],
    [425, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
    [599, 'retry'],
  ])('HTTP %i: %s', (status, expected) => {
    expect(classifyStatus(status)).toBe(expected);
  });
});

describe('endpointTransport', () => {
  test('sends the record, whole, as the body; the record id is the idempotency key', async () => {
    const server = fakeServer(200);
    const { env } = fakeEnv({ fetch: server.fetch });
    const r = record();
    expect(await endpointTransport('/consent-log', env, () => {}).send(r)).toBe('ok');
    expect(server.calls[0]!.record).toEqual(r);
    expect(server.calls[0]!.url).toBe('/consent-log');
    // A 'simple' CORS request: no custom headers that would need a preflight.
    expect(Object.keys(server.calls[0]!.init.headers as Record<string, string>)).toEqual(['content-type']);
  });

  test('a network error is "retry"; a 4xx is "drop" with an error naming the record', async () => {
    const server = fakeServer('network');
    const fake = fakeEnv({ fetch: server.fetch });
    const transport = endpointTransport('https://log.test', fake.env, sayThrough(fake.env.log));
    expect(await transport.send(record())).toBe('retry');
    server.status = 422;
    expect(await transport.send(record())).toBe('drop');
    await vi.waitFor(() => expect(fake.errors).toHaveLength(1)); // its words are a dynamic import
    expect(fake.errors[0]).toContain('RrRrRrRrRrRrRrRrRrRrRr');
    expect(fake.errors[0]).toContain('HTTP 422');
  });

  test("a refusal's console line carries the receiver's reason: its error code and message, cut short when long", async () => {
    const body = { error: 'origin_mismatch', path: '/origin', message: `record RrRrRrRrRrRrRrRrRrRrRr: ${'the origin is not this page\'s '.repeat(20)}` };
    const fake = fakeEnv({ fetch: async () => Response.json(body, { status: 422 }) });
    expect(await endpointTransport('https://log.test', fake.env, sayThrough(fake.env.log)).send(record())).toBe('drop');
    await vi.waitFor(() => expect(fake.errors).toHaveLength(1)); // its words are a dynamic import
    expect(fake.errors[0]).toMatch(/^the consent log at https:\/\/log\.test refused record RrRrRrRrRrRrRrRrRrRrRr with HTTP 422 \(origin_mismatch: record RrRrRrRrRrRrRrRrRrRrRr: the origin is not this page's the origin .*…\); it will not be sent again\.$/);
    expect(fake.errors[0]!.length).toBeLessThan(400);
  });

  test('a refusal whose answer is not JSON (a proxy\'s page), is empty or cannot be read is still dropped, and its line says what there was', async () => {
    const html = fakeEnv({ fetch: async () => new Response('<html>\n  <h1>400 Bad Request</h1>\n</html>', { status: 400 }) });
    expect(await endpointTransport('/log', html.env, sayThrough(html.env.log)).send(record())).toBe('drop');
    await vi.waitFor(() => expect(html.errors).toHaveLength(1));
    expect(html.errors[0]).toContain('with HTTP 400 ("<html> <h1>400 Bad Request</h1> </html>"); it will not be sent again.');
    const empty = fakeEnv({ fetch: async () => new Response(null, { status: 413 }) });
    expect(await endpointTransport('/log', empty.env, sayThrough(empty.env.log)).send(record())).toBe('drop');
    await vi.waitFor(() => expect(empty.errors).toHaveLength(1));
    expect(empty.errors[0]).toContain('with HTTP 413; it will not be sent again.');
    const broken = new Response('{"error":', { status: 409 });
    Object.defineProperty(broken, 'text', { value: () => Promise.reject(new TypeError('network error')) });
    const unread = fakeEnv({ fetch: async () => broken });
    expect(await endpointTransport('/log', unread.env, sayThrough(unread.env.log)).send(record())).toBe('drop');
    await vi.waitFor(() => expect(unread.errors).toHaveLength(1));
    expect(unread.errors[0]).toContain('with HTTP 409; it will not be sent again.');
  });

  test('a 404 (no receiver there yet) is kept (its status, for the outbox): one error per page names the endpoint and the status and says the records are kept', async () => {
    const server = fakeServer(404);
    const fake = fakeEnv({ fetch: server.fetch });
    const transport = endpointTransport('/consent-log', fake.env, sayThrough(fake.env.log));
    expect(await transport.send(record())).toBe(404);
    server.status = 405;
    expect(await transport.send(record())).toBe(405);
    // Its words are a dynamic import: a few ticks were not enough under load.
    await vi.waitFor(() => expect(fake.errors).toHaveLength(1));
    expect(fake.errors).toEqual([
      'records.endpoint: "/consent-log" answered HTTP 404; expected the consent log\'s receiver there (is it deployed, and is its route or proxy in place?). The records are kept and sent again until it takes them.',
    ]);
    // A 403 (the reference receiver's answer to an origin it does not allow yet) asks about that, not the deploy.
    const refused = fakeEnv({ fetch: fakeServer(403).fetch });
    expect(await endpointTransport('/consent-log', refused.env, sayThrough(refused.env.log)).send(record())).toBe(403);
    await vi.waitFor(() => expect(refused.errors).toHaveLength(1));
    expect(refused.errors[0]).toBe(
      'records.endpoint: "/consent-log" answered HTTP 403; expected the consent log\'s receiver there (does it allow this page\'s origin, and does a proxy in front of it ask for credentials?). The records are kept and sent again until it takes them.',
    );
    // Passing trouble says nothing, as before.
    const quiet = fakeEnv({ fetch: fakeServer(503).fetch });
    expect(await endpointTransport('/consent-log', quiet.env, sayThrough(quiet.env.log)).send(record())).toBe(503);
    await settle();
    expect([...quiet.errors, ...quiet.warnings]).toEqual([]);
  });

  test('no fetch: "retry"', async () => {
    expect(await endpointTransport('https://log.test', fakeEnv({ fetch: undefined }).env, () => {}).send(record())).toBe('retry');
  });

  test('sendOnExit uses sendBeacon when there is one, and is silent when not', () => {
    const sendBeacon = vi.fn(() => true);
    endpointTransport('https://log.test', fakeEnv({ sendBeacon }).env, () => {}).sendOnExit!(record());
    expect(sendBeacon).toHaveBeenCalledWith('https://log.test', JSON.stringify(record()));
    expect(() => endpointTransport('https://log.test', fakeEnv({ sendBeacon: undefined }).env, () => {}).sendOnExit!(record())).not.toThrow();
  });
});

describe('callbackTransport', () => {
  test.each([
    ['returns nothing', () => undefined, 'ok'],
    ['returns true', () => true, 'ok'],
    ['resolves', () => Promise.resolve('stored'), 'ok'],
    ['returns false', () => false, 'retry'],
    ['resolves false', () => Promise.resolve(false), 'retry'],
    ['rejects', () => Promise.reject(new Error('down')), 'retry'],
    ['throws', () => { throw new Error('down'); }, 'retry'],
  ])('a callback that %s: %s', async (_name, callback, expected) => {
    const fake = fakeEnv();
    expect(await callbackTransport(callback, fake.env.log).send(record())).toBe(expected);
    if (expected === 'retry' && _name !== 'returns false' && _name !== 'resolves false') expect(fake.warnings[0]).toContain('will be retried');
  });
});
