import { expect, test, type Page } from '@playwright/test';
import type { ConsentryConfig } from '../../src/core/types';
import { renderPage } from '../fixtures/gating/site';
import { routeTrackers } from '../support/trackers';
import { chunkName } from './our-files';
import { budgetShopConfig, shopPages } from './shop-pages';

// A first visit shows its banner without the core (the instance, its plugins, the records): it
// comes once the visitor reaches for the banner, or something on the page needs it. Until then
// the boot file's gate and ways back do its work; then the core takes the banner over.
const site = shopPages();
const banner = (page: Page) => page.locator('[data-consentry="banner"]');
const fetchedChunks = (page: Page) => {
  const names: string[] = [];
  page.on('request', (r) => void (new URL(r.url()).pathname.startsWith('/dist/') && names.push(chunkName(new URL(r.url()).pathname)!)));
  return names;
};
const counted = (page: Page, name: string) => page.evaluate((n) => (window as unknown as Record<string, number | undefined>)[n] ?? 0, name);

function pageOf(config: ConsentryConfig, body: string): string {
  return renderPage({ config, body: `${body}<p>After</p>` });
}

test('a necessary script runs on a first visit before the core comes, and once: not again when the core takes over', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve(
    '/necessary.html',
    pageOf(
      budgetShopConfig(),
      `<script type="text/plain" data-category="necessary">window.__necessary = (window.__necessary || 0) + 1</script>
       <script type="text/plain" data-category="analytics">window.__analytics = (window.__analytics || 0) + 1</script>`,
    ),
  );
  const chunks = fetchedChunks(page);
  await page.goto(url);
  await expect(banner(page).locator('[data-action="accept"]')).toBeVisible();
  await expect.poll(() => counted(page, '__necessary')).toBe(1);
  expect(await counted(page, '__analytics')).toBe(0);
  expect(chunks).not.toContain('core');
  await banner(page).locator('[data-action="accept"]').click();
  await expect.poll(() => counted(page, '__analytics')).toBe(1);
  expect(chunks).toContain('core');
  expect(await counted(page, '__necessary')).toBe(1);
  // A necessary script the page adds later runs under the core's gate.
  await page.evaluate(() => {
    const late = Object.assign(document.createElement('script'), { type: 'text/plain', text: 'window.__necessary += 1' });
    late.setAttribute('data-category', 'necessary');
    document.body.append(late);
  });
  await expect.poll(() => counted(page, '__necessary')).toBe(2);
});

test('a way-back link on a first visit opens the settings: the core and the dialog come for it, and focus returns to the link', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/link.html', pageOf(budgetShopConfig(), '<a href="#" data-consentry-open>Cookie settings</a>'));
  const chunks = fetchedChunks(page);
  await page.goto(url);
  await expect(banner(page).locator('[data-action="accept"]')).toBeVisible();
  expect(chunks).not.toContain('core');
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  const dialog = page.locator('consentry-widget dialog.prefs');
  await expect(dialog).toBeVisible();
  expect(chunks).toEqual(expect.arrayContaining(['core', 'decide', 'dialog-en']));
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cookie settings');
  // The banner is still there, and still the only one.
  await expect(banner(page)).toHaveCount(1);
  await banner(page).locator('[data-action="reject"]').click();
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);
});

test('the settings opened from the banner before the core, and the language switched there: both reach the core', async ({ context, page }) => {
  await routeTrackers(context);
  const config = budgetShopConfig();
  config.language = { default: 'en', available: ['en', 'ru'] };
  const url = site.serve('/switch.html', pageOf(config, ''));
  await page.goto(url);
  const select = banner(page).getByRole('combobox');
  await select.selectOption('ru');
  await expect(banner(page).getByRole('heading')).not.toHaveText('Cookies and your data');
  await expect(page.locator('consentry-widget .root').first()).toHaveAttribute('lang', 'ru');
  await expect.poll(() => page.evaluate(() => window.consentry!.locale)).toBe('ru');
  await banner(page).locator('[data-action="settings"]').click();
  await expect(page.locator('consentry-widget dialog.prefs')).toBeVisible();
  expect(await page.locator('consentry-widget dialog.prefs').evaluate((d) => d.closest('[lang]')?.getAttribute('lang'))).toBe('ru');
});

test('Google in advanced mode: its tag loads before a choice, with consent denied, so the core comes at once', async ({ context, page }) => {
  const trackers = await routeTrackers(context);
  const config = budgetShopConfig();
  (config.integrations!.google as { mode?: string }).mode = 'advanced';
  const url = site.serve('/advanced.html', pageOf(config, ''));
  const chunks = fetchedChunks(page);
  await page.goto(url);
  await expect(banner(page).locator('[data-action="accept"]')).toBeVisible();
  await expect.poll(() => trackers.count(/googletagmanager\.com\/gtag\/js/)).toBe(1);
  expect(chunks).toContain('core');
  const consentCalls = await page.evaluate(() => (window as unknown as { dataLayer: IArguments[] }).dataLayer.map((a) => Array.from(a).slice(0, 2).join(' ')));
  expect(consentCalls[0]).toBe('consent default');
  expect(consentCalls).not.toContain('consent update');
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
});

test('the banner closed without a choice before the core: the floating button comes with the core, as the way back', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/closed.html', pageOf(budgetShopConfig(), ''));
  // A slow network: the banner is closed before the core (asked for as the keyboard reached it) is here.
  let coreAsked = 0;
  await page.route('**/chunks/core.*', async (route) => {
    coreAsked++;
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto(url);
  await expect(banner(page).locator('[data-action="accept"]')).toBeVisible();
  await page.keyboard.press('Tab'); // the first Tab goes to Reject all: the keyboard reaches the banner
  await page.keyboard.press('Escape');
  await expect(banner(page)).toHaveCount(0);
  expect(coreAsked).toBe(1);
  expect(await page.locator('consentry-reopen').count()).toBe(0); // not yet: it is the core's
  const reopen = page.locator('consentry-reopen').getByRole('button');
  await expect(reopen).toBeVisible();
  await reopen.click();
  await expect(page.locator('consentry-widget dialog.prefs')).toBeVisible();
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
});

test('a page that opens the settings at once, before the banner is up: the core shows them and its own banner, one of each', async ({ context, page }) => {
  await routeTrackers(context);
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(String(e)));
  const url = site.serve('/settings-page.html', pageOf(budgetShopConfig(), '<script>window.consentry.showPreferences()</script>'));
  await page.goto(url);
  const dialog = page.locator('consentry-widget dialog.prefs');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(banner(page)).toHaveCount(1);
  await page.waitForTimeout(300); // the first visit's start, had it not stood back, would have drawn a second one by now
  await expect(banner(page)).toHaveCount(1);
  await banner(page).locator('[data-action="accept"]').click();
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.consentry!.allowed('analytics'))).toBe(true);
  expect(errors).toEqual([]);
});

test('the core before the banner\'s file (a slow line for the larger file): the first visit\'s start stands back, and the banner is the core\'s, its Settings working', async ({ context, page }) => {
  await routeTrackers(context);
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.route('**/chunks/first-en.*', async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  const url = site.serve('/core-first.html', pageOf(budgetShopConfig(), '<script>window.consentry.showPreferences()</script>'));
  await page.goto(url);
  const dialog = page.locator('consentry-widget dialog.prefs');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(banner(page)).toHaveCount(1);
  await banner(page).locator('[data-action="settings"]').click();
  await expect(dialog).toBeVisible();
  expect(errors).toEqual([]);
});
