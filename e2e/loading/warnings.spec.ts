import { expect, test } from '@playwright/test';
import { renderPage, shopConfig } from '../fixtures/gating/site';
import { pageHandler } from '../gating/pages';
import { startServer, type TestServer } from '../support/server';
import { routeTrackers, shopTestLaunchOptions } from '../support/trackers';

// A valid config's warnings are for the site's developer. On a live host (here www.shop.test)
// every visitor's first visit would download their words (the messages part, 3 KB) for a console
// nobody reads: the warnings are named in one line there, in full on localhost (e2e/laws/).
test.use({ launchOptions: shopTestLaunchOptions() });

let server: TestServer;
const pages = new Map<string, string>();
test.beforeAll(async () => (server = await startServer({ handlers: [pageHandler(pages)] })));
test.afterAll(() => server.close());

test('a 152-FZ config with warnings (values not stated, Google abroad), on a live host: one short line names them, the words are not fetched, the banner shows', async ({ context, page }) => {
  await routeTrackers(context);
  const config = shopConfig();
  expect(config.policy.laws).toContain('152-fz');
  pages.set('/warned.html', renderPage({ config }));
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`http://www.shop.test:${server.port}/warned.html`);
  await expect(page.locator('[data-consentry="banner"] [data-action="accept"]')).toBeVisible();
  await expect
    .poll(() => warnings)
    .toEqual([expect.stringMatching(/^\[consentry\] the config is valid, with 6 warning\(s\) from its laws: config\.policy\.operator\.address \(notStated: ruAddress\), .*config\.categories\.analytics\.services\[0\] \(ruAbroad: US\).*\. Their reasons: on localhost, or validateConfig\(\)\.$/)]);
  await page.waitForLoadState('networkidle');
  expect(server.requests.filter((p) => p.includes('/chunks/messages.'))).toEqual([]);
});
