import { expect, test } from '@playwright/test';
import { renderPage, shopConfig } from '../fixtures/gating/site';
import { routeTrackers } from '../support/trackers';
import { shopPages } from './shop-pages';

// What a decision needs is fetched when the visitor reaches for the banner, not with it. If that
// fetch fails (the line dropped after the banner came), the click must store nothing and run
// nothing, the banner must stay so the visitor can try again, and the next click must work.
const site = shopPages();

test('the decisions cannot be fetched: Accept stores and runs nothing, the banner stays, and a second Accept once they can works', async ({ context, page }) => {
  const trackers = await routeTrackers(context);
  const config = shopConfig();
  config.policy.laws = ['gdpr'];
  const url = site.serve('/offline.html', renderPage({ config, body: `<script type="text/plain" data-category="analytics">window.__gated = true</script>` }));
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  let refuse = true;
  await page.route(/\/chunks\/decide\./, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));

  await page.goto(url);
  const accept = page.locator('[data-consentry="banner"] [data-action="accept"]');
  await accept.click();
  await expect.poll(() => errors.join('\n')).toContain('[consentry] could not load what decisions need');
  await expect(accept).toBeVisible();
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
  expect((await context.cookies()).filter((c) => c.name === 'consentry')).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __gated?: boolean }).__gated)).toBeUndefined();
  expect(trackers.requests).toEqual([]);

  refuse = false;
  await accept.click();
  await expect(accept).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __gated?: boolean }).__gated)).toBe(true);
  expect((await context.cookies()).filter((c) => c.name === 'consentry')).toHaveLength(1);
});
