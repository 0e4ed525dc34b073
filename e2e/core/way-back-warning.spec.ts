import { expect, test, type Page } from '@playwright/test';
import { testConfig } from '../../src/core/testing/config-fixture';
import { WAY_BACK_GRACE } from '../../src/ui/launcher';
import { networkQuiet } from '../support/network-quiet';
import { startServer, type TestServer } from '../support/server';

// The developer's warning that a page has no way back to the settings (GDPR Art. 7(3)), on a
// developer's page (127.0.0.1): said when the page has none WAY_BACK_GRACE after the visitor's
// first choice. A site whose footer an SPA renders once a fetch has come draws its "Cookie
// settings" link after the choice; it was warned a task after the choice, falsely.
let server: TestServer;
test.beforeAll(async () => (server = await startServer()));
test.afterAll(() => server.close());

const said = (page: Page) => {
  const lines: string[] = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && lines.push(m.text()));
  page.on('pageerror', (e) => lines.push(e.message));
  return lines;
};

/** A first visit to a page with an empty footer; Accept all is clicked; `later`: the footer's link drawn that many ms after. */
async function chooseOn(page: Page, later?: number): Promise<void> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="application/json" id="consentry-config">${JSON.stringify(testConfig())}</script><script src="/dist/consentry.js"></script></head><body><main>Shop</main><footer></footer></body></html>`;
  await page.route(`${server.url}/way-back.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${server.url}/way-back.html`);
  await page.locator('[data-consentry="banner"] [data-action="accept"]').click();
  await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);
  if (later !== undefined)
    await page.evaluate((ms) => setTimeout(() => document.querySelector('footer')!.insertAdjacentHTML('beforeend', '<a href="#" data-consentry-open>Cookie settings</a>'), ms), later);
}

test('the footer draws its "Cookie settings" link 2 s after the choice (once a fetch has come): no warning', async ({ page }) => {
  expect(WAY_BACK_GRACE).toBeGreaterThan(2000);
  const lines = said(page);
  await chooseOn(page, 2000);
  await page.waitForTimeout(WAY_BACK_GRACE + 1000);
  await networkQuiet(page);
  expect(lines).toEqual([]);
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('no way back at all: the warning, once the page has had its time', async ({ page }) => {
  const lines = said(page);
  await chooseOn(page);
  await page.waitForTimeout(1000);
  expect(lines).toEqual([]); // not yet: the page may still draw one
  await expect.poll(() => lines, { timeout: WAY_BACK_GRACE + 10_000 }).toEqual([expect.stringMatching(/^\[consentry\] .*no way there.*"floatingButton".*data-consentry-open/)]);
});
