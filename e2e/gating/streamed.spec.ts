import { expect, test } from '@playwright/test';
import { renderPage, shopConfig } from '../fixtures/gating/site';
import { startServer, type Handler, type TestServer } from '../support/server';
import { routeTrackers, shopTestLaunchOptions } from '../support/trackers';
import { pageHandler } from './pages';
import { networkQuiet } from '../support/network-quiet';

// A returning visitor whose site changed its config starts async (the config is checked
// again), so the start can land while the parser is inside an inline blocked script. Run
// then, it ran with its first half only, and the rest never.
test.use({ launchOptions: shopTestLaunchOptions() });

const SPLIT = '/*SPLIT*/';
const pages = new Map<string, string>();
let server: TestServer;
test.beforeAll(async () => {
  const streamed: Handler = async (req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!page?.includes(SPLIT)) return false;
    const [head, tail] = page.split(SPLIT);
    // Past the parser's first chunk, so it stops inside the script and waits for the rest.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).write(head + ' '.repeat(4096));
    await new Promise((done) => setTimeout(done, 1500));
    res.end(tail);
    return true;
  };
  server = await startServer({ handlers: [streamed, pageHandler(pages)] });
});
test.afterAll(() => server.close());

test('an inline blocked script the parser is still in when the instance starts runs whole, once', async ({ context, page }) => {
  await routeTrackers(context);
  const url = (path: string) => `http://www.shop.test:${server.port}${path}`;
  pages.set('/first.html', renderPage({ config: shopConfig() }));
  await page.goto(url('/first.html'));
  await page.waitForFunction(() => window.consentry?.ready);
  await page.evaluate(() => window.consentry!.set({ analytics: true }));

  const changed = shopConfig();
  changed.policy.retention = '2 years';
  const body = `<script type="text/plain" data-category="analytics">window.__order.push('start'); ${SPLIT} window.__order.push('end');</script>\n<p>after</p>`;
  pages.set('/streamed.html', renderPage({ config: changed, body }));
  await page.goto(url('/streamed.html'));
  const order = () => page.evaluate(() => (window as unknown as { __order: string[] }).__order);
  await expect.poll(order).toEqual(['start', 'end']);
  await networkQuiet(page);
  expect(await order()).toEqual(['start', 'end']);
});
