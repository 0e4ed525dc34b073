import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { configDigest } from '../../src/core/config-digest';
import type { ConsentryConfig } from '../../src/core/types';
import { renderPage } from '../fixtures/gating/site';
import { routeTrackers } from '../support/trackers';
import { budgets, chunkName, ours, total } from './our-files';
import { budgetShopConfig, shopPages } from './shop-pages';

// A config checked ahead (`npx consentry check` prints `data-config-checked` for the script tag):
// a first visit fetches the banner's file without the checker; an edited config is checked in
// the browser as before, and the console says the attribute is stale. Browsers compute SHA-256
// only on secure pages, so these pages are served from www.shop.localhost (a secure context, as
// https is) but one, served from plain http://www.shop.test.
const site = shopPages();
const secure = (url: string) => url.replace('//www.shop.test:', '//www.shop.localhost:');

/** A page whose script tag carries `data-config-checked="<digest>"`. */
const checkedPage = (config: ConsentryConfig, digest: string, body = '') => renderPage({ config, body, scriptAttributes: ` data-config-checked="${digest}"` });

const gated = (page: Page) => page.evaluate(() => (window as unknown as { __gated?: boolean }).__gated === true);
const consoleOf = (page: Page) => {
  const said: string[] = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && said.push(`${m.type()}: ${m.text()}`));
  return said;
};

test('checked ahead: the first visit downloads consentry.js and the banner\'s file without the checker, within its budget; Accept and the returning visit work as before', async ({ context, page }) => {
  await routeTrackers(context);
  const config = budgetShopConfig();
  const url = secure(site.serve('/checked.html', checkedPage(config, configDigest(config), `<script type="text/plain" data-category="analytics">window.__gated = true</script><a href="#" data-consentry-open>Cookie settings</a>`)));
  const said = consoleOf(page);
  const first = await ours(page, async () => {
    await page.goto(url);
    await expect(page.locator('[data-consentry="banner"] [data-action="accept"]')).toBeVisible();
  });
  console.log(`[bytes] first visit, config checked ahead: ${total(first)} B brotli: ${first.map((f) => `${f.path} ${f.brotli}`).join(', ')}`);
  expect(first.map((f) => chunkName(f.path)).sort()).toEqual(['checked-en', 'consentry']);
  expect(total(first)).toBeLessThanOrEqual(budgets.firstVisitChecked!.brotli);
  expect(await gated(page)).toBe(false);

  const accept = await ours(page, async () => {
    await page.locator('[data-consentry="banner"] [data-action="accept"]').click();
    await expect.poll(() => gated(page)).toBe(true);
  });
  expect(accept.map((f) => chunkName(f.path)).sort()).toEqual(['cleanup', 'core', 'decide']);
  const returning = await ours(page, async () => {
    await page.reload();
    await expect.poll(() => gated(page)).toBe(true);
  });
  expect(returning.map((f) => f.path)).toEqual(['/dist/consentry.js']);
  expect(said).toEqual([]);
});

test('an edited config with the old digest: the console says so, the browser checks the config itself, and the banner shows', async ({ context, page }) => {
  await routeTrackers(context);
  const config = budgetShopConfig();
  const stale = configDigest(config);
  config.cookie = { lifetimeDays: 90 };
  const url = secure(site.serve('/stale.html', checkedPage(config, stale, `<script type="text/plain" data-category="analytics">window.__gated = true</script>`)));
  const said = consoleOf(page);
  const first = await ours(page, async () => {
    await page.goto(url);
    await expect(page.locator('[data-consentry="banner"] [data-action="accept"]')).toBeVisible();
  });
  expect(first.map((f) => chunkName(f.path)).sort()).toEqual(['checked-en', 'consentry', 'first-en', 'messages']);
  await expect.poll(() => said).toEqual([`warning: [consentry] data-config-checked="${stale}" is not this config's digest (${configDigest(config)}): the config changed since \`npx consentry check\`, or consentry is another version. It is checked here instead; run the check again so visitors skip it.`]);
  expect(await gated(page)).toBe(false);
  await page.locator('[data-consentry="banner"] [data-action="accept"]').click();
  await expect.poll(() => gated(page)).toBe(true);
});

test('on a page that is not https no digest can be computed: the console says so, and the config is checked in the browser', async ({ context, page }) => {
  await routeTrackers(context);
  const config = budgetShopConfig();
  const url = site.serve('/insecure.html', checkedPage(config, configDigest(config), `<script type="text/plain" data-category="analytics">window.__gated = true</script>`));
  const said = consoleOf(page);
  const first = await ours(page, async () => {
    await page.goto(url);
    await expect(page.locator('[data-consentry="banner"] [data-action="accept"]')).toBeVisible();
  });
  expect(first.map((f) => chunkName(f.path)).sort()).toEqual(['checked-en', 'consentry', 'first-en', 'messages']);
  await expect.poll(() => said).toEqual(['warning: [consentry] data-config-checked works on https pages only (where browsers compute SHA-256): the config is checked here instead.']);
  await page.locator('[data-consentry="banner"] [data-action="accept"]').click();
  await expect.poll(() => gated(page)).toBe(true);
});

test('an invalid config fails closed even with a digest: an edit that breaks it makes the digest stale, and the checker says what is wrong', async ({ context, page }) => {
  await routeTrackers(context);
  const config = budgetShopConfig();
  const digest = configDigest(config);
  config.cookie = { lifetimeDays: -1 };
  const url = secure(site.serve('/invalid.html', checkedPage(config, digest, `<script type="text/plain" data-category="analytics">window.__gated = true</script>`)));
  const said = consoleOf(page);
  await page.goto(url);
  await expect.poll(() => said.find((s) => s.startsWith('error: '))).toMatch(/invalid config, so nothing optional will run[^]*config\.cookie\.lifetimeDays: got -1/);
  expect(await page.evaluate(() => window.consentry!.ok)).toBe(false);
  await expect(page.locator('[data-consentry="banner"]')).toHaveCount(0);
  expect(await gated(page)).toBe(false);
});

for (const id of ['arcon', 'shop', 'infomaximum', 'cmachines']) {
  test(`${id}'s own config, checked ahead: the banner shows from its checked file, with no word in the console`, async ({ context, page }) => {
    await routeTrackers(context);
    await page.route('**/consent-log', (route) => route.fulfill({ status: 201, contentType: 'application/json', body: '{}' })); // the demo's receiver
    const config = JSON.parse(readFileSync(`demo/sites/${id}/consentry.config.json`, 'utf8')) as ConsentryConfig;
    // With its footer's way back, as on the demo site (without one, the choice is followed by a warning).
    const url = secure(site.serve(`/${id}.html`, checkedPage(config, configDigest(config), '<a href="#" data-consentry-open>Cookie settings</a>')));
    const said = consoleOf(page);
    const first = await ours(page, async () => {
      await page.goto(url);
      await expect(page.locator('[data-consentry="banner"] [data-action="reject"]')).toBeVisible();
    });
    expect(first.map((f) => chunkName(f.path))).toEqual(['consentry', expect.stringMatching(/^checked-(en|ru|hi)$/)]);
    await page.locator('[data-consentry="banner"] [data-action="reject"]').click();
    await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);
    expect(said).toEqual([]);
  });
}
