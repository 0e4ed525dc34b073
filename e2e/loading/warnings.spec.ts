import { expect, test } from '@playwright/test';
import { renderPage, shopConfig } from '../fixtures/gating/site';
import { routeTrackers } from '../support/trackers';
import { shopPages } from './shop-pages';
import { networkQuiet } from '../support/network-quiet';

// A valid config's warnings are for the site's developer. On a live host (here www.shop.test)
// every visitor's first visit would download their words (the messages part, 3 KB) for a console
// nobody reads: the warnings are named in one line there, in full on localhost (e2e/laws/).
const site = shopPages();

test('a 152-FZ config with warnings (values not stated, Google abroad), on a live host: one short line names them, the words are not fetched, the banner shows', async ({ context, page }) => {
  await routeTrackers(context);
  const config = shopConfig();
  expect(config.policy.laws).toContain('152-fz');
  const url = site.serve('/warned.html', renderPage({ config }));
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(url);
  await expect(page.locator('[data-consentry="banner"] [data-action="accept"]')).toBeVisible();
  await expect
    .poll(() => warnings)
    .toEqual([expect.stringMatching(/^\[consentry\] the config is valid, with 7 warning\(s\) from its laws: config\.policy\.operator\.address \(notStated: ruAddress\), .*config\.categories\.analytics\.services\[0\] \(ruAbroad: US\).*\. Their reasons: on localhost, or validateConfig\(\)\.$/)]);
  await networkQuiet(page);
  expect(site.server().requests.filter((p) => p.includes('/chunks/messages.'))).toEqual([]);
});
