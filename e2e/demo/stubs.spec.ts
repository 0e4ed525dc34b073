import { expect, test, type Page } from '@playwright/test';
import { startTestDemo, trackerCookies, type DemoUnderTest } from './demo-server';

// The demo's tracker stand-ins must behave like tag.js and gtag.js where consent is concerned,
// or the demo (and the integration checks in sites.spec.ts) would prove nothing.
let demo: DemoUnderTest;
test.beforeAll(async () => {
  demo = await startTestDemo();
});
test.afterAll(() => demo.stop());
test.beforeEach(() => demo.stubLog.clear());

const hits = (standsFor: string) => demo.stubLog.entries.filter((e) => e.kind === 'hit' && e.standsFor === standsFor);

function loadScript(page: Page, src: string) {
  return page.evaluate((url) => new Promise<void>((done, fail) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => done();
    script.onerror = () => fail(new Error(`could not load ${url}`));
    document.head.append(script);
  }), src);
}

test('the Metrica stand-in honours disableYaCounter, then counts with _ym cookies once allowed', async ({ page }) => {
  await page.goto(demo.siteUrl('shop'));
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & { ym: { (...args: unknown[]): void; a?: unknown[] } };
    w['disableYaCounter12345678'] = true;
    w.ym = function (...args: unknown[]) { (w.ym.a = w.ym.a ?? []).push(args); } as typeof w.ym;
    w.ym(12345678, 'init', { clickmap: true });
  });
  await loadScript(page, '/stubs/mc.yandex.ru/metrika/tag.js');
  expect(hits('mc.yandex.ru')).toEqual([]);
  expect(await trackerCookies(page)).toEqual([]);

  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & { ym: (...args: unknown[]) => void };
    w['disableYaCounter12345678'] = false;
    w.ym(12345678, 'init', { webvisor: false });
  });
  await expect.poll(() => hits('mc.yandex.ru').map((e) => e.path.split('?')[0])).toEqual(['/stubs/mc.yandex.ru/watch/12345678']);
  expect(hits('mc.yandex.ru')[0]!.site).toBe('shop');
  expect(await trackerCookies(page)).toEqual(expect.arrayContaining(['_ym_uid', '_ym_d', 'localStorage:_ym_uid']));
});

test('the gtag stand-in follows Consent Mode: denied pings carry no cookie, an update to granted sets _ga', async ({ page }) => {
  await page.goto(demo.siteUrl('infomaximum'));
  await page.evaluate(() => {
    const w = window as unknown as { dataLayer: unknown[]; gtag: (...args: unknown[]) => void };
    w.dataLayer = [];
    // gtag pushes the arguments object itself, as Google's snippet does.
    w.gtag = function () { w.dataLayer.push(arguments); };
    w.gtag('consent', 'default', { analytics_storage: 'denied', ad_storage: 'denied', wait_for_update: 500 });
    w.gtag('js', new Date());
    w.gtag('config', 'G-DEMO000001');
  });
  await loadScript(page, '/stubs/googletagmanager/gtag/js?id=G-DEMO000001');
  await expect.poll(() => hits('www.google-analytics.com').length).toBe(1);
  expect(hits('www.google-analytics.com')[0]!.path).toContain('gcs=G100');
  expect(await trackerCookies(page)).toEqual([]);

  await page.evaluate(() => (window as unknown as { gtag: (...args: unknown[]) => void }).gtag('consent', 'update', { analytics_storage: 'granted' }));
  await expect.poll(() => hits('www.google-analytics.com').length).toBe(2);
  expect(hits('www.google-analytics.com')[1]!.path).toContain('gcs=G101');
  expect(await trackerCookies(page)).toEqual(expect.arrayContaining(['_ga', '_ga_DEMO000001']));
});
