import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect, test } from '@playwright/test';
import type { ConsentRecord } from '../../src/core/types';
import { startServer, type TestServer } from '../support/server';

// The consent log is proof of consent: a full outbox and two tabs deciding at once must lose nothing that proves the latest choice.
let server: TestServer;
let online = true;
const received: ConsentRecord[] = [];

test.beforeAll(async () => {
  const log = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.url !== '/consent-log' || req.method !== 'POST') return false;
    let body = '';
    for await (const chunk of req) body += chunk;
    if (!online) {
      res.writeHead(503).end();
      return true;
    }
    const record = JSON.parse(body) as ConsentRecord;
    if (!received.some((r) => r.recordId === record.recordId)) received.push(record);
    res.writeHead(201).end();
    return true;
  };
  server = await startServer({ handlers: [log] });
});
test.afterAll(() => server.close());
test.beforeEach(() => {
  received.length = 0;
  online = true;
});

const fixture = () => `${server.url}/e2e/fixtures/basic.html`;
const waiting = () => Object.keys(localStorage).filter((key) => key.startsWith('consentry.outbox.')).length;

test('60 decisions while the log is down, then up: the newest record arrives last and none after the cap is lost', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(fixture());
  await page.evaluate(() => new Promise((done) => (window.consentry!.config ? done(0) : window.addEventListener('consentry:ready', done, { once: true }))));
  online = false;
  for (let i = 0; i < 60; i++) await page.evaluate((n) => window.consentry!.set({ analytics: n % 2 === 0 }, { layer: 'api' }), i);
  expect(await page.evaluate(waiting)).toBe(50); // the default cap
  expect(errors.filter((e) => e.includes('the record outbox is full'))).toHaveLength(10);

  online = true;
  await page.evaluate(() => window.consentry!.flush());
  await expect.poll(() => page.evaluate(waiting)).toBe(0);
  const sequences = received.map((r) => r.sequence);
  expect(sequences).toHaveLength(50);
  expect(sequences.at(-1)).toBe(60); // the latest choice, delivered last
  expect(sequences).toEqual([...sequences].sort((a, b) => a - b)); // in the order they were made
  for (let s = 11; s <= 60; s++) expect(sequences).toContain(s); // every decision after the cap
  expect(received.at(-1)!.categories.analytics).toBe(false); // decision 60 (i = 59) refused
});

test('two tabs deciding at the same moment: one consent id, unique sequence numbers, every record delivered', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const tab of [a, b]) {
    await tab.goto(fixture());
    await tab.evaluate(() => new Promise((done) => (window.consentry!.config ? done(0) : window.addEventListener('consentry:ready', done, { once: true }))));
  }
  for (let round = 0; round < 10; round++) {
    // Both tabs decide in the same instant, ten times over.
    await Promise.all([a.evaluate(() => window.consentry!.acceptAll()), b.evaluate(() => window.consentry!.rejectAll())]);
  }
  await Promise.all([a.evaluate(() => window.consentry!.flush()), b.evaluate(() => window.consentry!.flush())]);
  await expect.poll(() => received.length).toBe(20);
  expect(new Set(received.map((r) => r.consentId)).size).toBe(1);
  expect(received.map((r) => r.sequence).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  // Each tab ends on the choice the cookie holds.
  const states = await Promise.all([a, b].map((tab) => tab.evaluate(() => [window.consentry!.state.consentId, window.consentry!.allowed('analytics'), document.cookie])));
  expect(states[0]).toEqual(states[1]);
});
