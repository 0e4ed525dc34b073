import { expect, test, type Page } from '@playwright/test';
import { renderPage, shopConfig } from '../fixtures/gating/site';
import { startServer, type TestServer } from '../support/server';
import { routeTrackers, shopTestLaunchOptions, type Trackers } from '../support/trackers';
import { pageHandler } from './pages';
import { networkQuiet } from '../support/network-quiet';

// A strict CSP page: scripts need the nonce, no inline styles. Blocked scripts must keep
// their nonce and order, the placeholder must be styled without a violation.
test.use({ launchOptions: shopTestLaunchOptions() });

const NONCE = 'e2e-R4nd0m-n0nce';
const CSP = `default-src 'self'; script-src 'nonce-${NONCE}'; style-src 'self'; img-src * data:; object-src 'none'; base-uri 'none'`;

const BODY = `
<script type="text/plain" data-category="analytics" nonce="${NONCE}">window.__order.push('inline-1')</script>
<script type="text/plain" data-category="analytics" data-src="/slow.js?name=external-2&amp;delay=400" nonce="${NONCE}"></script>
<script type="text/plain" data-category="analytics" nonce="${NONCE}">window.__order.push('inline-3')</script>
<script type="text/plain" data-category="marketing" data-service="maps" nonce="${NONCE}">window.__order.push('maps-4')</script>
<script type="text/plain" data-category="analytics" src="/slow.js?name=external-5&amp;delay=0" nonce="${NONCE}"></script>
<p><a href="#before">A link before the map</a></p>
<iframe title="Map of the shop" data-category="marketing" data-service="maps" data-src="/e2e/fixtures/gating/embed.html"></iframe>
`;

let server: TestServer;
const pages = new Map<string, string>();
test.beforeAll(async () => {
  server = await startServer({ handlers: [pageHandler(pages, { 'content-security-policy': CSP })] });
});
test.afterAll(() => server.close());

let trackers: Trackers;
test.beforeEach(async ({ context }) => {
  trackers = await routeTrackers(context);
});

async function open(page: Page): Promise<void> {
  const config = shopConfig();
  const path = `/csp/${test.info().testId}.html`;
  pages.set(path, renderPage({ config, nonce: NONCE, body: BODY }));
  await page.goto(`http://www.shop.test:${server.port}${path}`);
  await page.waitForFunction(() => window.consentry !== undefined);
}

const order = (page: Page) => page.evaluate(() => (window as unknown as { __order: string[] }).__order);
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
const placeholder = (page: Page) => page.getByRole('group', { name: 'This content is from OpenMaps Inc, which may set cookies.' });

test('before consent: nothing runs, the frame waits behind a styled, accessible placeholder, no CSP violation', async ({ page }) => {
  await open(page);
  await networkQuiet(page);
  expect(await order(page)).toEqual([]);
  await expect(page.locator('iframe')).toBeHidden();
  await expect(placeholder(page)).toBeVisible();
  await expect(placeholder(page).getByRole('button')).toHaveText(['Load it once', 'Always allow OpenMaps']);
  // The adopted stylesheet applied (no `style` attribute, no <style> element needed).
  expect(await placeholder(page).evaluate((el) => [getComputedStyle(el).borderTopStyle, getComputedStyle(el).display, el.getAttribute('style')])).toEqual(['solid', 'flex', null]);
  expect(trackers.requests).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('on consent: blocked scripts run in document order with their nonce, late ones too, integrations load under the CSP', async ({ page }) => {
  await open(page);
  await page.evaluate(() => window.consentry!.set({ analytics: true }));
  await expect.poll(() => order(page)).toEqual(['inline-1', 'external-2', 'inline-3', 'external-5']);
  const scripts = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLScriptElement>('script[data-category]')).map((s) => `${s.type || 'js'}:${s.nonce}`),
  );
  expect(scripts).toEqual([`js:${NONCE}`, `js:${NONCE}`, `js:${NONCE}`, `text/plain:${NONCE}`, `js:${NONCE}`]);

  // Added after start-up, as GTM or a CMS widget would, reusing the page's nonce.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.category = 'analytics';
    script.nonce = document.querySelector<HTMLScriptElement>('script[nonce]')!.nonce;
    script.text = "window.__order.push('late-6')";
    document.body.append(script);
  });
  await expect.poll(() => order(page)).toEqual(['inline-1', 'external-2', 'inline-3', 'external-5', 'late-6']);

  // The integrations' scripts carried consentry.js's nonce, so they ran.
  await expect.poll(() => page.evaluate(() => 'ym' in window && '__ymStub' in window && '__gtagStub' in window)).toBe(true);
  expect(await violations(page)).toEqual([]);
});

test('"Always allow OpenMaps" (keyboard) grants that service only: its script runs, the frame loads and takes focus', async ({ page }) => {
  await open(page);
  await placeholder(page).getByRole('button', { name: 'Always allow OpenMaps' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('iframe')).toBeVisible();
  await expect(page.frameLocator('iframe').locator('#map')).toHaveText('A map of the shop');
  await expect(placeholder(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
  await expect.poll(() => order(page)).toEqual(['maps-4']);
  const state = await page.evaluate(() => ({ maps: window.consentry!.allowedService('maps'), gtm: window.consentry!.allowedService('google-tag-manager'), analytics: window.consentry!.allowed('analytics') }));
  expect(state).toEqual({ maps: true, gtm: false, analytics: false });
  await networkQuiet(page);
  expect(trackers.requests).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('"Load it once" loads the frame and stores nothing, and it stays through an unrelated decision; a withdrawal puts a loaded frame back behind its placeholder', async ({ page }) => {
  await open(page);
  await placeholder(page).getByRole('button', { name: 'Load it once' }).click();
  await expect(page.frameLocator('iframe').locator('#map')).toHaveText('A map of the shop');
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
  expect(await order(page)).toEqual([]);
  // A decision about something else leaves it loaded: it never had consent to lose.
  await page.evaluate(() => window.consentry!.set({ analytics: true }));
  await networkQuiet(page);
  expect(await page.locator('iframe').getAttribute('src')).toBe('/e2e/fixtures/gating/embed.html');
  await expect(page.frameLocator('iframe').locator('#map')).toHaveText('A map of the shop');

  await page.reload();
  await page.waitForFunction(() => window.consentry !== undefined);
  await page.evaluate(() => window.consentry!.acceptAll());
  await expect(page.frameLocator('iframe').locator('#map')).toHaveText('A map of the shop');
  await page.evaluate(() => window.consentry!.withdraw());
  await expect(placeholder(page)).toBeVisible();
  await expect(page.locator('iframe')).toBeHidden();
  expect(await page.locator('iframe').getAttribute('src')).toBe('about:blank');
});

test('control: the violation listener does report a script without the nonce', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.text = 'window.__order.push("no-nonce")';
    document.body.append(script);
  });
  await expect.poll(() => violations(page)).toHaveLength(1);
  expect(await order(page)).toEqual([]);
});
