import { expect, test, type Page } from '@playwright/test';
import { routeTrackers, trackerCookies, type Trackers } from '../support/trackers';
import { dialog, pageUrl, startWidgetServer, type WidgetServer } from '../widget/support';
import { networkQuiet } from '../support/network-quiet';

// GUIDE §3 (US): a site with `"laws": ["ccpa"]` runs its optional categories until the visitor
// opts out through "Your Privacy Choices" (no banner), and Global Privacy Control opts out at
// once; both are recorded. Against the built consentry.js, Google's tag stubbed (no internet).
let server: WidgetServer;
test.beforeAll(async () => (server = await startWidgetServer()));
test.afterAll(() => server.close());

let trackers: Trackers;
test.beforeEach(async ({ context }) => {
  trackers = await routeTrackers(context);
  server.clear();
});

const collects = () => trackers.count(/google-analytics\.com\/g\/collect/);
const choicesLink = (page: Page) => page.locator('consentry-widget [data-consentry=choices]');

async function open(page: Page): Promise<void> {
  await page.goto(pageUrl(server, { seed: 'ccpa' }));
  await page.waitForFunction(() => window.consentry !== undefined);
}

test('ccpa: analytics runs without a banner; "Your Privacy Choices" (with its icon) opts out, which stops it and is recorded', async ({ page, context }) => {
  await open(page);
  // No banner: nothing is asked first. The link with the opt-out icon is there instead.
  await expect(choicesLink(page)).toHaveText('Your Privacy Choices');
  await expect(choicesLink(page).locator('svg')).toHaveCount(1);
  await expect(page.locator('consentry-widget [data-consentry=banner]')).toHaveCount(0);
  // Analytics runs before any choice, and nothing was decided or recorded.
  await expect.poll(collects).toBeGreaterThan(0);
  await expect.poll(async () => (await trackerCookies(context)).map((c) => c.name)).toContain('_ga');
  expect(await page.evaluate(() => ({ decided: window.consentry!.state.decided, analytics: window.consentry!.state.categories.analytics }))).toEqual({ decided: false, analytics: true });
  expect(server.records).toEqual([]);

  // Opt out: the link opens the settings; "Reject all" there refuses every optional category.
  await choicesLink(page).click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).locator('[data-action=reject]').click();
  await expect.poll(() => server.records.map((r) => [r.action, r.layer, r.categories.analytics, r.categories.marketing])).toEqual([['reject_all', 'preferences', false, false]]);
  // The same clean-up as a withdrawal: Consent Mode denied, Google's cookies erased.
  await expect.poll(async () => (await trackerCookies(context)).map((c) => c.name)).toEqual([]);
  const updates = await page.evaluate(() =>
    (window.dataLayer ?? []).map((e) => Array.from(e as ArrayLike<unknown>)).filter((a) => a[0] === 'consent' && a[1] === 'update').map((a) => (a[2] as Record<string, string>).analytics_storage),
  );
  expect(updates.at(-1)).toBe('denied');

  // The next page: opted out, no hit, and the link stays on every page. It is drawn by the
  // notices' chunk and the texts it carries, which the core fetches (an opt-out site's page has a
  // notice to show, so no plan of the boot file's own): not the first visit's file (checker and banner).
  trackers.reset();
  server.clear();
  await page.reload();
  await expect(choicesLink(page)).toBeVisible();
  await networkQuiet(page);
  expect(collects()).toBe(0);
  expect(await page.evaluate(() => window.consentry!.state.categories.analytics)).toBe(false);
  const ours = server.requests.filter((p) => p.startsWith('/dist/')).map((p) => p.replace(/\.[\w-]{8}\.js$/, ''));
  expect(ours).toEqual(['/dist/consentry.js', '/dist/chunks/core', '/dist/chunks/notices', '/dist/chunks/texts-en']);
});

test('ccpa with Global Privacy Control: analytics never runs, and a GPC record is sent on the first page', async ({ page, context }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await open(page);
  await expect(choicesLink(page)).toBeVisible();
  await expect.poll(() => server.records.map((r) => [r.action, r.layer, r.gpc, r.categories.analytics, r.categories.marketing])).toEqual([['gpc', 'signal', true, false, false]]);
  await networkQuiet(page);
  expect(trackers.requests).toEqual([]);
  expect(await trackerCookies(context)).toEqual([]);
  // Shown to the visitor: the settings say GPC is honoured.
  await choicesLink(page).click();
  await expect(dialog(page)).toContainText('Global Privacy Control');
});
