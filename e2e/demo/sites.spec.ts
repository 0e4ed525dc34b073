import { expect, test } from '@playwright/test';
import { bannerVisible, BANNER_BUTTONS, decide } from './decide';
import { countRealTrackerRequests, startTestDemo, trackerCookies, type DemoUnderTest } from './demo-server';

// Each customer site through a visitor's whole story: fresh visit, accept, reload, withdrawal,
// and the consent log holding exactly the records made, once each.
const SITES = [
  { id: 'arcon', lang: 'ru', trackers: [] as string[] },
  { id: 'shop', lang: 'ru', trackers: ['mc.yandex.ru'] },
  { id: 'infomaximum', lang: 'ru', trackers: ['mc.yandex.ru', 'www.googletagmanager.com'] },
  { id: 'cmachines', lang: 'en', trackers: [] as string[] },
];

let demo: DemoUnderTest;
test.beforeAll(async () => {
  demo = await startTestDemo();
});
test.afterAll(() => demo.stop());

for (const site of SITES) {
  test(`${site.id}: fresh visit, accept, reload, withdraw; the log holds each record once`, async ({ page }) => {
    const realTrackerRequests = await countRealTrackerRequests(page);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const trackerHits = () => demo.stubLog.forSite(site.id).filter((e) => e.kind !== 'embed');
    const embeds = () => demo.stubLog.forSite(site.id).filter((e) => e.kind === 'embed');

    // 1. Fresh visit: the site's language, nothing decided, no tracker contacted, no tracker cookie.
    await page.goto(demo.siteUrl(site.id));
    await expect(page.locator('html')).toHaveAttribute('lang', site.lang);
    const fresh = await page.evaluate(() => ({ ok: window.consentry!.ok, issues: window.consentry!.issues, locale: window.consentry!.locale, decided: window.consentry!.state.decided }));
    expect(fresh).toEqual({ ok: true, issues: [], locale: site.lang, decided: false });
    await expect(page.getByRole('button', { name: BANNER_BUTTONS.accept }).first()).toBeVisible();
    await expect(page.locator('[data-panel="requests"]')).toHaveAttribute('data-value', '0');
    expect(trackerHits()).toEqual([]);
    expect(embeds()).toEqual([]);
    expect(await trackerCookies(page)).toEqual([]);
    await expect(page.locator('iframe[data-src]')).not.toHaveAttribute('src', /./);

    // 2. Accept: one record reaches the log; trackers and the embed start.
    await decide(page, 'accept');
    const consentId = await page.evaluate(() => window.consentry!.state.consentId);
    expect(consentId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    await expect.poll(() => demo.store.byConsentId(consentId!).map((r) => r.record.action)).toEqual(['accept_all']);
    await expect(page.locator('[data-panel="records"]')).toHaveAttribute('data-value', '1');
    if (site.trackers.length) {
      await expect.poll(() => [...new Set(trackerHits().map((e) => e.standsFor))].sort()).toEqual(expect.arrayContaining(site.trackers));
      await expect.poll(() => trackerCookies(page)).not.toEqual([]);
    }
    await expect(page.locator('iframe[data-src]')).toHaveAttribute('src', /\/stubs\/video\.html/);
    await expect.poll(() => embeds().length).toBeGreaterThan(0);

    // 3. Reload: the choice holds, no banner, same consent id, no new record.
    await page.reload();
    const after = await page.evaluate(() => ({ decided: window.consentry!.state.decided, consentId: window.consentry!.state.consentId, all: Object.values(window.consentry!.state.categories).every(Boolean) }));
    expect(after).toEqual({ decided: true, consentId, all: true });
    expect(await bannerVisible(page)).toBe(false);

    // 4. Withdraw: everything refused, tracker cookies and storage gone, a second record.
    await decide(page, 'withdraw');
    const withdrawn = await page.evaluate(() => Object.entries(window.consentry!.state.categories).filter(([k, v]) => k !== 'necessary' && v));
    expect(withdrawn).toEqual([]);
    await expect.poll(() => trackerCookies(page)).toEqual([]);
    await expect.poll(() => demo.store.byConsentId(consentId!).map((r) => [r.record.sequence, r.record.action])).toEqual([[1, 'accept_all'], [2, 'withdraw']]);

    // 5. After a reload nothing tracks any more.
    const hitsBefore = trackerHits().length;
    await page.reload();
    expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(true);
    await expect(page.locator('[data-panel="records"]')).toHaveAttribute('data-value', '2');
    expect(trackerHits().length).toBe(hitsBefore);
    expect(await trackerCookies(page)).toEqual([]);

    // The log: exactly the two records this visitor made, each once, nothing from anyone else.
    const origin = new URL(demo.siteUrl(site.id)).origin;
    const fromThisSite = [...demo.store.range(new Date(0), new Date(8.64e15))].flat().filter((r) => r.record.origin === origin);
    expect(fromThisSite.map((r) => r.record.consentId)).toEqual([consentId, consentId]);
    expect(new Set(fromThisSite.map((r) => r.record.recordId)).size).toBe(2);
    expect(fromThisSite.map((r) => r.record.locale)).toEqual([site.lang, site.lang]);
    expect(realTrackerRequests).toEqual([]);
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
}

test('a Russian site offers English: ?lang=en switches the page and the records', async ({ page }) => {
  await page.goto(`${demo.siteUrl('arcon')}?lang=en`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 }).locator('[data-lang="en"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 }).locator('[data-lang="ru"]')).toBeHidden();
  expect(await page.evaluate(() => window.consentry!.locale)).toBe('en');
  await decide(page, 'reject');
  const consentId = await page.evaluate(() => window.consentry!.state.consentId);
  await expect.poll(() => demo.store.byConsentId(consentId!).map((r) => [r.record.action, r.record.locale])).toEqual([['reject_all', 'en']]);
});

test('the Indian site offers Hindi', async ({ page }) => {
  await page.goto(`${demo.siteUrl('cmachines')}?lang=hi`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.getByRole('heading', { level: 1 }).locator('[data-lang="hi"]')).toHaveText('भारतीय निर्माताओं के लिए मशीनें और सेवा');
  await expect(page.getByRole('heading', { level: 1 }).locator('[data-lang="en"]')).toBeHidden();
  expect(await page.evaluate(() => window.consentry!.locale)).toBe('hi');
});
