import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import type { ConsentRecord } from '../../src/core/types';
import { networkQuiet } from '../support/network-quiet';
import { startServer, type TestServer } from '../support/server';

// Something in front of the consent log (a firewall, a proxy) that refuses one record's body with
// a 403 and lets the others through: that record was retried for ever and held back every later
// one, a withdrawal included, so the log never got the proof of it.
let server: TestServer;
const received: ConsentRecord[] = [];

test.beforeAll(async () => {
  const firewall = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.url !== '/consent-log' || req.method !== 'POST') return false;
    let body = '';
    for await (const chunk of req) body += chunk;
    // A rule that matches this body only; the receiver never sees it.
    if (body.includes('"action":"accept_all"')) {
      res.writeHead(403, { 'content-type': 'text/html' }).end('<h1>403 Forbidden</h1>');
      return true;
    }
    // The receiver refusing a record, saying why as consentry/server does.
    if (body.includes('"action":"reject_all"')) {
      res.writeHead(422, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_record', path: '/categories', message: 'categories: expected necessary: true' }));
      return true;
    }
    const record = JSON.parse(body) as ConsentRecord;
    if (!received.some((r) => r.recordId === record.recordId)) received.push(record);
    res.writeHead(201).end();
    return true;
  };
  server = await startServer({ handlers: [firewall] });
});
test.afterAll(() => server.close());

const waiting = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('consentry.outbox.')).length);
const ready = (page: Page) => page.evaluate(() => new Promise((done) => (window.consentry!.config ? done(0) : window.addEventListener('consentry:ready', done, { once: true }))));

test('a record a firewall refuses alone does not hold back the withdrawal after it; the console names it, and a receiver\'s refusal says why', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}/e2e/fixtures/basic.html`);
  await ready(page);

  await page.evaluate(() => window.consentry!.acceptAll({ layer: 'banner' }));
  await expect.poll(() => errors.some((e) => e.includes('answered HTTP 403'))).toBe(true);
  await page.evaluate(() => window.consentry!.withdraw({ layer: 'preferences' }));
  await expect.poll(() => received.map((r) => r.action)).toEqual(['withdraw']);
  expect(await waiting(page)).toBe(1); // the refused one stays, and is retried
  const refused = errors.filter((e) => e.includes('refuses this record alone'));
  expect(refused).toHaveLength(1);
  expect(refused[0]).toMatch(/record \S+ \(accept_all, sequence 1\) keeps failing at endpoint \(HTTP 403\)/);

  await page.evaluate(() => window.consentry!.rejectAll({ layer: 'banner' }));
  await expect.poll(() => errors.find((e) => e.includes('with HTTP 422'))).toContain('with HTTP 422 (invalid_record: categories: expected necessary: true); it will not be sent again.');
  expect(await waiting(page)).toBe(1);
});

test('a returning visit whose only waiting record is refused alone and not due asks us for consentry.js alone; once its backoff (hours) is over a visit tries it, and it waits longer; a page whose core starts for a changed config fetches no decisions for it', async ({ page }) => {
  type Entry = { record: { action: string }; refusedAlone?: string[]; attempts: number; nextAttemptAt: number };
  const entries = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('consentry.outbox.')).map((key) => JSON.parse(localStorage.getItem(key)!) as Entry));
  await page.goto(`${server.url}/e2e/fixtures/basic.html`);
  await ready(page);
  await page.evaluate(() => window.consentry!.acceptAll({ layer: 'banner' }));
  await expect.poll(async () => (await entries()).map((e) => e.attempts)).toEqual([1]);
  await page.evaluate(() => window.consentry!.withdraw({ layer: 'preferences' }));
  await expect.poll(async () => (await entries()).map((e) => [e.record.action, e.refusedAlone])).toEqual([['accept_all', ['endpoint']]]);
  // The plan of the withdrawal is kept for the next page.
  await expect.poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('consentry.plan') ?? '[]') as Array<{ raw: string }>).some((plan) => document.cookie.includes(plan.raw)))).toBe(true);

  // The page that leaves beacons nothing for it either (its backoff is not over).
  const before = server.requests.length;
  await page.reload();
  await ready(page);
  await networkQuiet(page);
  expect(server.requests.slice(before).filter((path) => path !== '/favicon.ico')).toEqual(['/e2e/fixtures/basic.html', '/dist/consentry.js']);

  // Its backoff over: this visit fetches the core and sends it; refused again, it waits twice as long.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('consentry.outbox.'))!;
    localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), nextAttemptAt: 0 }));
  });
  const again = server.requests.length;
  await page.reload();
  await ready(page);
  await expect.poll(async () => (await entries()).map((e) => e.attempts)).toEqual([3]);
  expect(server.requests.slice(again).filter((path) => path === '/consent-log')).toHaveLength(1);
  const [entry] = await entries();
  expect(entry!.nextAttemptAt - (await page.evaluate(() => Date.now()))).toBeGreaterThan(1.5 * 3_600_000);

  // The site changes its config (a floating button): the core comes to check it and start, not
  // the decisions chunk for the record (before, any record waiting fetched it), and nothing is sent.
  const html = readFileSync('e2e/fixtures/basic.html', 'utf8').replace('"records":', '"ui": { "floatingButton": "bottom-right" }, "records":');
  await page.route('**/changed.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const changed = server.requests.length;
  await page.goto(`${server.url}/e2e/fixtures/changed.html`);
  await ready(page);
  await expect(page.locator('consentry-reopen')).toHaveCount(1);
  await networkQuiet(page);
  const asked = server.requests.slice(changed);
  expect([asked.some((path) => path.startsWith('/dist/chunks/core.')), await page.evaluate(() => window.consentry!.state.decided)]).toEqual([true, true]);
  expect(asked.filter((path) => path.startsWith('/dist/chunks/decide.') || path === '/consent-log')).toEqual([]);
  expect(await entries()).toHaveLength(1);
});
