import { expect, test, type Page } from '@playwright/test';
import { renderPage, shopConfig } from '../fixtures/gating/site';
import { routeTrackers } from '../support/trackers';
import { shopPages } from './shop-pages';
import { networkQuiet } from '../support/network-quiet';

// A first visit does not open localStorage: in a fresh browser its first read costs 1-9 ms
// (3-17 ms at 4× slower CPU), for a checked config a visitor with no choice has no use for.
// A page that sends records opens it when the visitor reaches for the banner (records an earlier
// page left go then); this one sends none, so it waits for the decision. The config is kept once
// they decide, so the next page is again one request to us.
const site = shopPages();

/** Counts every read of `window.localStorage` the page makes, ours or not. */
async function countStorage(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const { get } = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    let opened = 0;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => (opened++, get!.call(window)) });
    (window as unknown as { __storageOpened: () => number }).__storageOpened = () => opened;
  });
}
const opened = (page: Page) => page.evaluate(() => (window as unknown as { __storageOpened: () => number }).__storageOpened());
const ourRequests = (page: Page) => {
  const paths: string[] = [];
  page.on('request', (r) => void (new URL(r.url()).pathname.startsWith('/dist/') && paths.push(new URL(r.url()).pathname)));
  return paths;
};

test('a first visit reads no localStorage until the visitor reaches for the banner; once they decide the checked config is kept, and the next page asks us for one file', async ({ context, page }) => {
  await routeTrackers(context);
  await countStorage(page);
  const url = site.serve('/storage.html', renderPage({ config: shopConfig(), body: '<script type="text/plain" data-category="analytics">window.__gated = true</script>' }));
  const banner = page.locator('[data-consentry="banner"]');

  for (const visit of ['first page', 'a second page, the banner left alone']) {
    await (visit === 'first page' ? page.goto(url) : page.reload());
    await expect(banner.getByRole('button', { name: 'Accept all' })).toBeVisible();
    await networkQuiet(page);
    expect(await opened(page), visit).toBe(0);
  }

  // The decision opens it (the choice's config is kept; a page that sends records looks for an
  // earlier page's already when the visitor reaches for the banner, and this one sends none).
  await banner.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => opened(page)).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __gated?: boolean }).__gated)).toBe(true);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('consentry.configs') !== null)).toBe(true);

  const requests = ourRequests(page);
  await page.reload();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __gated?: boolean }).__gated)).toBe(true);
  await networkQuiet(page);
  expect(requests).toEqual(['/dist/consentry.js']);
  await expect(banner).toHaveCount(0);
});
