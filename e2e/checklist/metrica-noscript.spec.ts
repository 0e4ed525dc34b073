import { expect, test } from '@playwright/test';
import { startTestDemo, type DemoUnderTest } from '../demo/demo-server';
import { renderPage, shopConfig } from '../fixtures/gating/site';
import { pageHandler } from '../gating/pages';
import { startServer } from '../support/server';
import { routeTrackers, shopTestLaunchOptions } from '../support/trackers';
import { stubHits } from './support';
import { networkQuiet } from '../support/network-quiet';

// GUIDE §3 Gating: Metrica's `<noscript>` pixel cannot be gated and must not be used. It is the
// one Metrica request a browser makes with JavaScript off, so a page that carried it would hit
// mc.yandex.ru/watch before anyone is asked. The demo sites that run Metrica, with JavaScript
// off, contact no tracker at all; with it on and Metrica granted, no pixel is ever inserted.

test.use({ launchOptions: shopTestLaunchOptions() }); // www.shop.test for the JavaScript-on case
let demo: DemoUnderTest;
test.beforeAll(async () => (demo = await startTestDemo()));
test.afterAll(() => demo.stop());

const METRICA_SITES = ['shop', 'infomaximum'];

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const site of METRICA_SITES) {
    test(`${site}: with JavaScript off the page has no <noscript> and requests nothing from a tracker`, async ({ page, context }) => {
      const trackers = await routeTrackers(context, { localHost: /(^|\.)localhost$|^127\.0\.0\.1$/ });
      const response = await page.goto(demo.siteUrl(site));
      const html = await response!.text();
      expect(html).toContain('"yandexMetrica"'); // the site does run Metrica (with JavaScript)
      expect(html).not.toMatch(/<noscript/i);
      await networkQuiet(page);
      expect(await page.locator('noscript, img[src*="yandex"], img[src*="/stubs/"]').count()).toBe(0);
      expect(trackers.requests).toEqual([]);
      expect(trackers.strays).toEqual([]);
      expect(stubHits(demo, site)).toEqual([]);
    });
  }
});

test.describe('JavaScript on', () => {
  // The gating fixture's shop: real Metrica (and Webvisor) hosts, routed to the stubs, at www.shop.test.
  test('Metrica granted with the real tag.js URL: it loads by script, and no <noscript> or pixel <img> ever appears', async ({ page, context }) => {
    const trackers = await routeTrackers(context);
    const pages = new Map<string, string>([['/shop.html', renderPage({ config: shopConfig() })]]);
    const server = await startServer({ handlers: [pageHandler(pages)] });
    try {
      await page.goto(`http://www.shop.test:${server.port}/shop.html`);
      await page.waitForFunction(() => window.consentry !== undefined);
      await page.evaluate(() => window.consentry!.acceptAll());
      await expect.poll(() => trackers.count(/mc\.yandex\.ru\/metrika\/tag\.js/)).toBe(1);
      await expect.poll(() => trackers.count(/mc\.yandex\.ru\/watch\//)).toBeGreaterThan(0); // tag.js counts the visit
      const inserted = await page.evaluate(() => {
        const all = (root: Document | ShadowRoot): Element[] => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
        return all(document)
          .filter((e) => e.localName === 'noscript' || (e.localName === 'img' && /yandex|watch/.test(e.getAttribute('src') ?? '')))
          .map((e) => e.outerHTML);
      });
      expect(inserted).toEqual([]);
      // Nothing of Metrica's before tag.js, which came as a script.
      const first = trackers.requests.findIndex((r) => r.url.includes('/metrika/tag.js'));
      expect(trackers.requests.slice(0, first).filter((r) => /yandex|webvisor/.test(r.host))).toEqual([]);
      expect(trackers.requests[first]!.type).toBe('script');
    } finally {
      await server.close();
    }
  });
});
