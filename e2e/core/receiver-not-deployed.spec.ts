import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type TestServer } from '../support/server';

// A site whose consent log is not there yet (the receiver not deployed, a proxy route missing,
// Express stripping the mount path) answers 404. That is fixed by a redeploy: the records made
// meanwhile wait in the browser and arrive afterwards, each once. A 404 dropped them for good.
type ServerModule = typeof import('../../src/server/index');

let server: TestServer;
let deployed = false;
let store: ReturnType<ServerModule['memoryRecordStore']>;
/** What the log's URL answered, in order. */
const answered: number[] = [];

test.beforeAll(async () => {
  const receiver = (await import(pathToFileURL(join(process.cwd(), 'dist/server/index.js')).href)) as ServerModule;
  store = receiver.memoryRecordStore();
  const handle = receiver.createReceiver({ store, basePath: '/consent-log' });
  server = await startServer({
    handlers: [
      (req, res) => {
        if (!req.url?.startsWith('/consent-log')) return false;
        res.on('finish', () => answered.push(res.statusCode));
        // Not deployed: the static server's own 404, as a site without the route answers.
        if (!deployed) return false;
        void handle(req, res);
        return true;
      },
    ],
  });
});
test.afterAll(() => server.close());

const waiting = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('consentry.outbox.')).length);
const ready = (page: Page) => page.evaluate(() => new Promise((done) => (window.consentry!.config ? done(0) : window.addEventListener('consentry:ready', done, { once: true }))));

test('the log answers 404 until it is deployed: the records wait, the console says so once per page, and after the deploy each arrives once', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}/e2e/fixtures/basic.html`);
  await ready(page);

  await page.evaluate(() => window.consentry!.acceptAll({ layer: 'banner' }));
  await page.evaluate(() => window.consentry!.set({ analytics: false }, { layer: 'preferences' }));
  await expect.poll(() => answered).toContain(404);
  expect(await waiting(page)).toBe(2);
  const said = errors.filter((e) => e.includes('answered HTTP 404'));
  expect(said).toHaveLength(1);
  expect(said[0]).toContain('records.endpoint: "/consent-log" answered HTTP 404');
  expect(said[0]).toContain('The records are kept and sent again');
  expect(errors.filter((e) => e.includes('will not be sent again'))).toEqual([]);

  // A returning visit while it is still missing: sent again at once, kept again, said once on this page.
  const before = answered.length;
  await page.reload();
  await ready(page);
  await expect.poll(() => answered.length).toBeGreaterThan(before);
  expect(answered.slice(before).every((status) => status === 404)).toBe(true);
  expect(await waiting(page)).toBe(2);
  expect(errors.filter((e) => e.includes('answered HTTP 404'))).toHaveLength(2);

  // Deployed: the next page delivers both (the page that leaves may beacon them too, in any order: stored once).
  deployed = true;
  await page.reload();
  await expect.poll(() => waiting(page)).toBe(0);
  expect(store.rows.map((row) => [row.record.sequence, row.record.action]).sort()).toEqual([
    [1, 'accept_all'],
    [2, 'custom'],
  ]);
  await page.reload();
  await ready(page);
  expect(store.count()).toBe(2);
  expect(await waiting(page)).toBe(0);
});
