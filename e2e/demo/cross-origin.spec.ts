import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

// The receiver on another origin than the site, as most customers will run it: the browser
// posts text/plain (no preflight) and may read the answer only when CORS allows the site.
type ServerModule = typeof import('../../src/server/index');

let server: ServerModule;
const receivers: Server[] = [];
test.beforeAll(async () => {
  server = (await import(pathToFileURL(join(process.cwd(), 'dist/server/index.js')).href)) as ServerModule;
});
test.afterAll(() => {
  for (const r of receivers.splice(0)) {
    r.closeAllConnections();
    r.close();
  }
});

async function listen(http: Server): Promise<number> {
  receivers.push(http);
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  return (http.address() as AddressInfo).port;
}

/** A receiver on 127.0.0.1:<port>; `allow` adds an origin (the list is read on every request). */
async function receiverFor(allowedOrigins: string[]) {
  const store = server.memoryRecordStore();
  const handler = server.createReceiver({ store, allowedOrigins });
  const answered: number[] = [];
  const port = await listen(
    createServer((req, res) => {
      res.on('finish', () => answered.push(res.statusCode));
      void handler(req, res);
    }),
  );
  return { store, answered, url: `http://127.0.0.1:${port}/`, allow: (origin: string) => allowedOrigins.push(origin) };
}

/**
 * The site on its own host (shop.localhost:<port>): a page with `records.endpoint` on the receiver,
 * and consentry.js. A real server, not page.route: a fulfilled page has no address, so Chromium's
 * Local Network Access takes it for a public page and blocks its requests to 127.0.0.1.
 */
async function siteServing(html: string): Promise<string> {
  const port = await listen(
    createServer((req, res) => {
      if (/^\/dist\/(chunks\/)?[\w.-]+\.js$/.test(req.url ?? '')) {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(process.cwd(), req.url!)));
      } else {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      }
    }),
  );
  return `http://shop.localhost:${port}`;
}

function page(endpoint: string): string {
  const config = {
    policy: {
      revision: '1', url: '/privacy', laws: ['gdpr'], operator: { name: 'Example Ltd', country: 'GB' }, contact: { email: 'privacy@example.test' },
      data: [{ id: 'usage', name: 'Pages visited' }], purposes: [{ id: 'stats', title: 'Count visits', category: 'analytics', data: ['usage'] }],
      retention: '1 year', withdrawal: 'Cookie settings, at the bottom of any page.',
    },
    categories: { necessary: { title: 'Necessary', description: 'Keeps the site working.' }, analytics: { title: 'Statistics', description: 'Counts visits.' } },
    records: { endpoint },
  };
  return `<!doctype html><html lang="en"><script type="application/json" id="consentry-config">${JSON.stringify(config)}</script><script src="/dist/consentry.js"></script><h1>Cross-origin</h1></html>`;
}

/** Records waiting in the browser: one localStorage key each. */
const outboxLength = () => Object.keys(localStorage).filter((key) => key.startsWith('consentry.outbox.')).length;

test('a receiver that allows the site stores the record, and the browser sees it delivered', async ({ page: tab }) => {
  const receiver = await receiverFor([]);
  const site = await siteServing(page(receiver.url));
  receiver.allow(site);
  await tab.goto(`${site}/cross-origin.html`);
  await tab.evaluate(() => window.consentry!.acceptAll({ layer: 'banner' }));
  await expect.poll(() => receiver.store.count()).toBe(1);
  await expect.poll(() => tab.evaluate(outboxLength)).toBe(0);
  expect(receiver.store.rows[0]!.record.origin).toBe(site);
});

test('a receiver that does not allow the site refuses it; the browser keeps the record', async ({ page: tab }) => {
  const receiver = await receiverFor(['https://another-shop.example']);
  const site = await siteServing(page(receiver.url));
  await tab.goto(`${site}/cross-origin.html`);
  await tab.evaluate(() => window.consentry!.acceptAll({ layer: 'banner' }));
  await expect.poll(() => receiver.answered).toContain(403);
  expect(receiver.store.count()).toBe(0);
  expect(await tab.evaluate(outboxLength)).toBe(1); // CORS hid the answer: 'not delivered yet', kept for later
});
