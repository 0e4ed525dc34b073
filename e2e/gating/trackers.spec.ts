import { expect, test, type Page } from '@playwright/test';
import { COUNTER_ID, CONTAINER_ID, MEASUREMENT_ID, renderPage, shopConfig } from '../fixtures/gating/site';
import { startServer, type TestServer } from '../support/server';
import { routeTrackers, shopTestLaunchOptions, trackerCookies, trackerStorage, type Trackers } from '../support/trackers';
import { pageHandler } from './pages';
import { networkQuiet } from '../support/network-quiet';

// Google and Yandex together, on a shop served at www.shop.test with tracker cookies on .shop.test.
test.use({ launchOptions: shopTestLaunchOptions() });

let server: TestServer;
const pages = new Map<string, string>();
test.beforeAll(async () => {
  server = await startServer({ handlers: [pageHandler(pages)] });
});
test.afterAll(() => server.close());

let trackers: Trackers;
let errors: string[];
test.beforeEach(async ({ context, page }) => {
  trackers = await routeTrackers(context);
  errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
});

async function open(page: Page, config = shopConfig()): Promise<void> {
  const path = `/shop/${test.info().testId}.html`;
  pages.set(path, renderPage({ config }));
  await page.goto(`http://www.shop.test:${server.port}${path}`);
  await page.waitForFunction(() => window.consentry !== undefined);
}

/** After a navigation or a decision: everything the page would fetch has been asked for. */
const settle = (page: Page) => networkQuiet(page);

/** dataLayer as readable commands: `consent:default`, `js`, `config`, `event:gtm.js`… */
function dataLayer(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window.dataLayer ?? []).map((e) => {
      if (Object.prototype.toString.call(e) !== '[object Arguments]') return `event:${String((e as { event?: string }).event)}`;
      const a = Array.from(e as ArrayLike<unknown>);
      return a[0] === 'consent' ? `consent:${String(a[1])}` : String(a[0]);
    }),
  );
}

function updates(page: Page): Promise<Array<Record<string, string>>> {
  return page.evaluate(() =>
    (window.dataLayer ?? [])
      .filter((e) => Object.prototype.toString.call(e) === '[object Arguments]')
      .map((e) => Array.from(e as ArrayLike<unknown>))
      .filter((a) => a[0] === 'consent' && a[1] === 'update')
      .map((a) => a[2] as Record<string, string>),
  );
}

async function expectNothingTracked(page: Page): Promise<void> {
  await settle(page);
  expect(trackers.requests).toEqual([]);
  expect(trackers.strays).toEqual([]);
  expect(await trackerCookies(page.context())).toEqual([]);
  expect(await trackerStorage(page)).toEqual([]);
  expect(await page.evaluate((id) => (window as unknown as Record<string, unknown>)[`disableYaCounter${id}`], COUNTER_ID)).toBe(true);
}

test('before consent and after reject: no tracker request, cookie or storage key; Consent Mode denied', async ({ page }) => {
  await open(page);
  await expectNothingTracked(page);
  expect(await dataLayer(page)).toEqual(['consent:default']);

  await page.evaluate(() => window.consentry!.rejectAll());
  await expectNothingTracked(page);
  expect(await dataLayer(page)).toEqual(['consent:default', 'consent:update']);
  expect(Object.values((await updates(page))[0]!).filter((v) => v === 'granted')).toEqual(['granted']); // security_storage only

  await page.reload(); // a returning visitor who refused
  await page.waitForFunction(() => window.consentry !== undefined);
  await expectNothingTracked(page);
  expect(errors).toEqual([]);
});

test('after accept: the expected requests, consent default before any js/config, cookies on .shop.test', async ({ page }) => {
  await open(page);
  await page.evaluate(() => window.consentry!.acceptAll());
  await expect.poll(() => trackers.hosts()).toEqual(['googleads.g.doubleclick.net', 'mc.webvisor.org', 'mc.yandex.ru', 'region1.google-analytics.com', 'www.googletagmanager.com']);
  await settle(page);
  expect(trackers.urls(/googletagmanager|tag\.js/)).toEqual([
    `https://www.googletagmanager.com/gtag/js?id=${MEASUREMENT_ID}`,
    `https://www.googletagmanager.com/gtm.js?id=${CONTAINER_ID}`,
    'https://mc.yandex.ru/metrika/tag.js',
  ]);
  expect(trackers.count(/mc\.yandex\.ru\/watch\//)).toBe(1);
  expect(trackers.count(/google-analytics\.com\/g\/collect.*gcs=G111/)).toBe(1);
  expect(trackers.strays).toEqual([]);

  expect(await dataLayer(page)).toEqual(['consent:default', 'consent:update', 'js', 'config', 'event:gtm.js']);
  // gtag.js saw the same order: the default came before anything it acted on.
  expect(await page.evaluate(() => (window as unknown as { __gtagStub: { commands: string[] } }).__gtagStub.commands)).toEqual(['consent:default', 'consent:update', 'js', 'config']);
  expect(await page.evaluate(() => (window as unknown as { __ymStub: { inits: unknown[] } }).__ymStub.inits)).toEqual([
    { id: COUNTER_ID, opts: { clickmap: true, trackLinks: true, accurateTrackBounce: true, webvisor: true } },
  ]);

  const cookies = await trackerCookies(page.context());
  expect(cookies.map((c) => `${c.name}@${c.domain}`).sort()).toEqual(
    ['_ga', `_ga_${MEASUREMENT_ID.slice(2)}`, '_gcl_au', '_ym_d', '_ym_isad', '_ym_uid', '_ym_visorc'].map((n) => `${n}@.shop.test`).sort(),
  );
  expect(await trackerStorage(page)).toEqual(['local:_ym_retryReqs', 'local:_ym_uid', 'session:_ym_hostIndex']);
  expect(errors).toEqual([]);
});

test('one Consent Mode update per decision, and one for a returning visitor', async ({ page }) => {
  await open(page);
  await page.evaluate(() => window.consentry!.acceptAll());
  await page.evaluate(() => window.consentry!.set({ marketing: false }));
  expect((await updates(page)).map((u) => [u.analytics_storage, u.ad_storage, u.ad_user_data, u.ad_personalization])).toEqual([
    ['granted', 'granted', 'granted', 'granted'],
    ['granted', 'denied', 'denied', 'denied'],
  ]);

  trackers.reset();
  await page.reload();
  await page.waitForFunction(() => window.consentry !== undefined);
  await settle(page);
  expect(await dataLayer(page)).toEqual(['consent:default', 'consent:update', 'js', 'config']);
  expect((await updates(page))[0]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  expect(trackers.count(/gtm\.js/)).toBe(0); // marketing refused: no container
  expect(trackers.count(/gtag\/js/)).toBe(1);
});

test('Webvisor is refused on its own: the statistics run, the session replay does not', async ({ page }) => {
  await open(page);
  await page.evaluate(() => window.consentry!.set({ analytics: true }, { services: { 'yandex-webvisor': false } }));
  await expect.poll(() => trackers.count(/mc\.yandex\.ru\/watch\//)).toBe(1);
  await settle(page);
  expect(trackers.count(/webvisor/)).toBe(0);
  expect((await trackerCookies(page.context())).map((c) => c.name)).not.toContain('_ym_visorc');
});

test('withdrawal: cookies erased on .shop.test and the host, storage cleared, Consent Mode denied, Metrica disabled, reload offered', async ({ page }) => {
  await open(page);
  await page.evaluate(() => window.consentry!.acceptAll());
  await expect.poll(async () => (await trackerCookies(page.context())).length).toBe(7);
  await settle(page);
  // A host-only copy and one on a deeper path too, as some tags write: they must go as well.
  await page.evaluate(() => {
    document.cookie = '_ga=host-only; path=/';
    document.cookie = '_ym_uid=deep; path=/shop';
  });
  expect((await trackerCookies(page.context())).length).toBe(9);

  await page.evaluate(() => window.consentry!.withdraw());
  expect(await trackerCookies(page.context())).toEqual([]);
  expect(await trackerStorage(page)).toEqual([]);
  expect(await page.evaluate((id) => (window as unknown as Record<string, unknown>)[`disableYaCounter${id}`], COUNTER_ID)).toBe(true);
  const last = (await updates(page)).at(-1)!;
  expect(Object.entries(last).filter(([, v]) => v === 'granted')).toEqual([['security_storage', 'granted']]);
  expect(await page.evaluate(() => (window as unknown as { __reloadSuggested: unknown[] }).__reloadSuggested)).toEqual([
    { categories: ['analytics', 'marketing'], services: ['google-analytics', 'yandex-metrica', 'yandex-webvisor', 'google-tag-manager', 'maps'] },
  ]);

  // Metrica, still in memory, counts nothing more; and the next page load loads nothing.
  trackers.reset();
  await page.evaluate((id) => (window as unknown as { ym: (...a: unknown[]) => void }).ym(id, 'hit', '/next'), COUNTER_ID);
  await page.reload();
  await page.waitForFunction(() => window.consentry !== undefined);
  await expectNothingTracked(page);
});

test("withdrawing Statistics with Marketing kept: GA4's cookies go though Tag Manager is allowed, the ads one stays", async ({ page }) => {
  // analytics_storage follows the category listing google-analytics, so the container's tags write
  // no _ga once it is refused; kept, _ga would carry the visitor's id past their withdrawal.
  await open(page);
  await page.evaluate(() => window.consentry!.acceptAll());
  await expect.poll(async () => (await trackerCookies(page.context())).length).toBe(7);
  await settle(page);
  await page.evaluate(() => window.consentry!.set({ analytics: false, marketing: true }));
  await expect.poll(async () => (await trackerCookies(page.context())).map((c) => c.name)).toEqual(['_gcl_au']);
  expect((await updates(page)).at(-1)).toMatchObject({ analytics_storage: 'denied', ad_storage: 'granted' });

  await page.reload(); // a returning visitor: nothing set again, nothing left to clean
  await page.waitForFunction(() => window.consentry !== undefined);
  await settle(page);
  expect((await trackerCookies(page.context())).map((c) => c.name)).toEqual(['_gcl_au']);
});

test('a new policy revision: the old grants\' cookies and storage are erased at start, and those set again before "Reject all" by it', async ({ page }) => {
  await open(page);
  await page.evaluate(() => window.consentry!.acceptAll());
  await expect.poll(async () => (await trackerCookies(page.context())).length).toBe(7);
  await settle(page);

  const revised = shopConfig();
  revised.policy.revision = '2026-02';
  await open(page, revised);
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
  await expect.poll(() => trackerCookies(page.context())).toEqual([]);
  expect(await trackerStorage(page)).toEqual([]);

  // As a tag still running from before would: nothing counts as withdrawn, yet they go.
  await page.evaluate(() => {
    document.cookie = '_ga=again; path=/';
    localStorage.setItem('_ym_uid', '1');
  });
  await page.evaluate(() => window.consentry!.rejectAll());
  await expect.poll(() => trackerCookies(page.context())).toEqual([]);
  expect(await trackerStorage(page)).toEqual([]);
});

test('reloadOnWithdraw "always" reloads the page after a withdrawal', async ({ page }) => {
  await open(page, shopConfig({ gating: { reloadOnWithdraw: 'always' } }));
  await page.evaluate(() => window.consentry!.acceptAll());
  await settle(page);
  await Promise.all([page.waitForEvent('load'), page.evaluate(() => window.consentry!.withdraw())]);
  await page.waitForFunction(() => window.consentry !== undefined);
  trackers.reset();
  await expectNothingTracked(page);
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(true);
});

test('an invalid Google config fails the whole config closed and says why: nothing tracks, Consent Mode stays denied', async ({ page }) => {
  const config = shopConfig();
  config.integrations!.google = { measurementId: 'UA-1234-1', containerId: CONTAINER_ID };
  await open(page, config);
  await expect.poll(() => errors.join('\n')).toContain('\n  config.integrations.google.measurementId: got "UA-1234-1"; expected a GA4 measurement id like "G-XXXXXXX"');
  await page.evaluate(() => window.consentry!.acceptAll());
  expect(await page.evaluate(() => window.consentry!.ok)).toBe(false);
  await expectNothingTracked(page);
  expect(await dataLayer(page)).toEqual(['consent:default']);
});

test('the banner: Escape, its close button and the dialog closed with Escape grant nothing and load no tracker', async ({ page }) => {
  await open(page);
  const banner = page.locator('[data-consentry="banner"]');
  await expect(banner).toBeVisible();

  await banner.getByRole('button', { name: 'Settings' }).focus();
  await page.keyboard.press('Escape');
  await expect(banner).toBeHidden();
  await expectNothingTracked(page);

  await page.reload();
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Close without choosing' }).click();
  await expect(banner).toBeHidden();
  await expectNothingTracked(page);

  // The dialog: a switch turned on, then Escape. Turning it on is not a choice until a button says so.
  await page.reload();
  await banner.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('switch', { name: 'Statistics' }).check();
  await dialog.getByRole('switch', { name: 'Marketing' }).check();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expectNothingTracked(page);
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain('consentry');
  expect(await dataLayer(page)).toEqual(['consent:default']);
  expect(errors).toEqual([]);
});
