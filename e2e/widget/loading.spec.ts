import { expect, test } from '@playwright/test';
import { banner, button, dialog, pageUrl, startWidgetServer, type WidgetServer } from './support';

let server: WidgetServer;
test.beforeAll(async () => (server = await startWidgetServer()));
test.afterAll(() => server.close());
test.beforeEach(() => server.clear());

test('a returning visitor downloads no chunk; opening the settings fetches the dialog then', async ({ page }) => {
  await page.goto(pageUrl(server, { floating: 'bottom-right' }));
  // A grant fetches the clean-up (so a withdrawal erases at once): let it arrive before counting again.
  const cleanup = page.waitForResponse((r) => r.url().includes('/chunks/cleanup.'));
  await button(banner(page), 'accept').click();
  await cleanup;
  expect(server.chunkRequests()).toBeGreaterThan(0);
  // Delivered before the reload: a record still waiting would rightly fetch what sending needs.
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('consentry.outbox')))).toEqual([]);

  server.clear();
  await page.reload({ waitUntil: 'networkidle' });
  expect(server.requests.filter((p) => p.startsWith('/dist/'))).toEqual(['/dist/consentry.js']);
  await expect(page.locator('consentry-widget')).toHaveCount(0);

  await page.locator('#cookie-link').click();
  await expect(dialog(page)).toBeVisible();
  expect(server.chunkRequests()).toBeGreaterThan(0);
});

test('the banner appearing shifts no layout (CLS 0)', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) (window as unknown as { __shift: number }).__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(pageUrl(server, { seed: 'cmachines', lang: 'hi' }));
  await expect(banner(page)).toBeVisible();
  await page.waitForTimeout(500); // let the entrance animation finish: any shift would be recorded by now
  expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
});

test('on a 4× slowed CPU the banner still appears; prints the long tasks with and without it', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    (window as unknown as { __tasks: number[] }).__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as unknown as { __tasks: number[] }).__tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  const tasks = () => page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
  const show = (t: number[]) => (t.length ? `${t.join(', ')} ms` : 'none');
  await page.goto(pageUrl(server, { seed: 'infomaximum', lang: 'ru' }));
  // A light in-page check, not a locator: the harness's own DOM walks would count as long tasks.
  await page.waitForFunction(() => document.querySelector('consentry-widget')?.shadowRoot?.querySelector('[data-consentry=banner]'), null, { polling: 250 });
  await page.waitForTimeout(300);
  const withBanner = await tasks();
  await page.evaluate(() => window.consentry!.rejectAll());
  await page.reload();
  await page.waitForTimeout(300);
  // Numbers to watch, not pass/fail timings (they vary by machine and load). The returning
  // visit (no widget) is the baseline: page parse, consentry.js and the test harness itself.
  console.log(`[widget] long tasks (>50 ms) at 4x CPU: first visit with banner ${show(withBanner)}; returning visit ${show(await tasks())}`);
});
