import { expect, test, type Page } from '@playwright/test';
import type { ConsentRecord } from '../../src/core/types';
import { decide } from './decide';
import { startTestDemo, type DemoUnderTest } from './demo-server';

// At-least-once delivery with an idempotency key, end to end: the browser keeps a record
// while the log is unreachable and delivers it later; the log stores each record once.
let demo: DemoUnderTest;
test.beforeAll(async () => {
  demo = await startTestDemo();
});
test.afterAll(() => demo.stop());
test.afterEach(() => demo.setReceiverAvailable(true));

/** Records waiting in the browser: one localStorage key each. */
const outbox = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('consentry.outbox.')).map((key) => JSON.parse(localStorage.getItem(key)!) as { record: { recordId: string } }));

const outages: Array<{ name: string; down: (page: Page) => Promise<void>; up: (page: Page) => Promise<void> }> = [
  {
    name: 'answers 503',
    down: async () => demo.setReceiverAvailable(false),
    up: async () => demo.setReceiverAvailable(true),
  },
  {
    name: 'is unreachable (connection refused)',
    down: async (page) => {
      await page.route('**/consent-log', (route) => route.abort('connectionrefused'));
    },
    up: (page) => page.unroute('**/consent-log'),
  },
];

for (const outage of outages) {
  test(`the log ${outage.name} while the visitor decides: the next page load delivers the record, stored once`, async ({ page }) => {
    await page.goto(demo.siteUrl('arcon'));
    await outage.down(page);
    await decide(page, 'accept');
    const consentId = (await page.evaluate(() => window.consentry!.state.consentId))!;

    // The record waits in the browser's outbox; the log has nothing yet.
    await expect.poll(async () => (await outbox(page)).length).toBe(1);
    const record = (await outbox(page))[0]!.record;
    expect(demo.store.byConsentId(consentId)).toEqual([]);
    await expect(page.locator('[data-outbox]')).toHaveAttribute('data-outbox', '1');

    // The log is back; the next page load retries (and the page that left may beacon it too).
    await outage.up(page);
    await page.reload();
    await expect.poll(() => demo.store.byConsentId(consentId).map((r) => r.record.recordId)).toEqual([record.recordId]);
    await expect.poll(async () => (await outbox(page)).length).toBe(0);

    // Later loads send nothing more: still exactly one row.
    await page.reload();
    await expect(page.locator('[data-panel="records"]')).toHaveAttribute('data-value', '1');
    expect(demo.store.byConsentId(consentId)).toHaveLength(1);
  });
}

test('a record waits and the browser loses the cookie: the next page shows the banner without looking; reaching for it delivers the record, stored once', async ({ context, page }) => {
  await page.goto(demo.siteUrl('arcon'));
  demo.setReceiverAvailable(false); // 503, also to the beacon the page sends as it leaves
  await decide(page, 'accept');
  const consentId = (await page.evaluate(() => window.consentry!.state.consentId))!;
  await expect.poll(async () => (await outbox(page)).length).toBe(1);

  // Cookies cleared (or refused), site data kept: a page without the cookie does not open the outbox.
  // The log is back once the leaving page's beacon has failed, before the next page's script runs.
  await context.clearCookies();
  await page.route('**/consentry.js', async (route) => {
    await new Promise((done) => setTimeout(done, 500));
    demo.setReceiverAvailable(true);
    await route.continue();
  });
  await page.reload();
  const accept = page.locator('[data-consentry="banner"] [data-action="accept"]');
  await expect(accept).toBeVisible();
  await page.waitForTimeout(1000);
  expect(demo.store.byConsentId(consentId)).toEqual([]);

  await accept.hover();
  await expect.poll(() => demo.store.byConsentId(consentId)).toHaveLength(1);
  await expect.poll(async () => (await outbox(page)).length).toBe(0);
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
});

test('the same record twice and a burst of concurrent records from the browser: nothing lost, nothing doubled', async ({ page }) => {
  await page.goto(demo.siteUrl('cmachines'));
  const template = await page.evaluate(
    () =>
      new Promise<ConsentRecord>((resolve) => {
        window.consentry!.on('record', resolve);
        window.consentry!.acceptAll({ layer: 'banner' });
      }),
  );
  await expect.poll(() => demo.store.byConsentId(template.consentId)).toHaveLength(1);
  const before = demo.store.count();

  const result = await page.evaluate(async (base) => {
    const post = (r: unknown) => fetch('/consent-log', { method: 'POST', body: JSON.stringify(r), headers: { 'content-type': 'text/plain;charset=UTF-8' } }).then((res) => res.status);
    const id = () => {
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    };
    // The same record twice: stored, then recognised.
    const again = await post(base);
    // 100 new records, 30 of them sent twice, some by sendBeacon, all at once.
    const records = Array.from({ length: 100 }, (_, i) => ({ ...base, recordId: id(), sequence: base.sequence + 1 + i }));
    const beacons = records.slice(0, 10).map((r) => navigator.sendBeacon('/consent-log', JSON.stringify(r)));
    const statuses = await Promise.all([...records.slice(10), ...records.slice(0, 30)].map(post));
    return { again, ids: records.map((r) => r.recordId), beacons, statuses };
  }, template);

  expect(result.again).toBe(200);
  expect(result.beacons.every(Boolean)).toBe(true);
  expect(result.statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
  await expect.poll(() => demo.store.count()).toBe(before + 100);
  const stored = demo.store.byConsentId(template.consentId).map((r) => r.record.recordId);
  expect(stored).toHaveLength(101);
  expect(new Set(stored)).toEqual(new Set([template.recordId, ...result.ids]));
});
