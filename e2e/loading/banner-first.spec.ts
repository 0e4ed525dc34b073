import { expect, test, type Page } from '@playwright/test';
import type { ConsentryConfig } from '../../src/core/types';
import { renderPage } from '../fixtures/gating/site';
import { routeTrackers } from '../support/trackers';
import { chunkName } from './our-files';
import { budgetShopConfig, shopPages } from './shop-pages';
import { networkQuiet } from '../support/network-quiet';

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
/** The page's errors, in its console or thrown. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(String(e)));
  return errors;
}
/** A slow line for the files matching `glob`: each answered `ms` later. Returns how many were asked for. */
async function slowly(page: Page, glob: string, ms: number): Promise<() => number> {
  let asked = 0;
  await page.route(glob, async (route) => {
    asked++;
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
  return () => asked;
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
  const chunks = fetchedChunks(page);
  const coreAsked = await slowly(page, '**/chunks/core.*.js', 1000); // the switch comes first
  const select = banner(page).getByRole('combobox');
  await select.selectOption('ru');
  await expect(banner(page).getByRole('heading')).not.toHaveText('Cookies and your data');
  await expect(page.locator('consentry-widget .root').first()).toHaveAttribute('lang', 'ru');
  await banner(page).getByRole('heading').evaluate((el) => ((el as HTMLElement & { mark?: number }).mark = 1));
  await expect.poll(() => page.evaluate(() => window.consentry!.locale)).toBe('ru');
  // The core took the switch over: the banner, in that language already, is not drawn again.
  expect([chunks.includes('core'), coreAsked()]).toEqual([true, 1]);
  expect(await banner(page).getByRole('heading').evaluate((el) => (el as HTMLElement & { mark?: number }).mark)).toBe(1);
  await banner(page).locator('[data-action="settings"]').click();
  await expect(page.locator('consentry-widget dialog.prefs')).toBeVisible();
  expect(await page.locator('consentry-widget dialog.prefs').evaluate((d) => d.closest('[lang]')?.getAttribute('lang'))).toBe('ru');
});

test('the page switches the language at once, before the banner is up: the banner says it in that language, and so does every later switch the page makes', async ({ context, page }) => {
  await routeTrackers(context);
  const config = budgetShopConfig();
  config.language = { default: 'en', available: ['en', 'ru'] };
  const url = site.serve('/page-switch.html', pageOf(config, `<script>window.consentry.setLocale('ru')</script>`));
  await page.goto(url);
  const root = page.locator('consentry-widget .root').first();
  await expect(root).toHaveAttribute('lang', 'ru');
  await expect(banner(page).getByRole('heading')).not.toHaveText('Cookies and your data');
  expect(await page.evaluate(() => window.consentry!.locale)).toBe('ru');

  // Once the core is here, the same: back to English. A switch to the language it already says
  // redraws nothing, so the focus stays where the visitor is.
  await page.evaluate(() => window.consentry!.setLocale('en'));
  await expect(banner(page).getByRole('heading')).toHaveText('Cookies and your data');
  await expect(root).toHaveAttribute('lang', 'en');
  await banner(page).locator('[data-action="accept"]').focus();
  await page.evaluate(() => window.consentry!.setLocale('en-GB'));
  expect(await page.evaluate(() => document.querySelector('consentry-widget')!.shadowRoot!.activeElement?.getAttribute('data-action'))).toBe('accept');
  await banner(page).locator('[data-action="accept"]').press('Enter');
  await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);
  expect(await page.evaluate(() => window.consentry!.locale)).toBe('en');
});

test("the page switches the language while the settings are open: the dialog and the banner behind it follow; the banner's own switch redraws it once", async ({ context, page }) => {
  await routeTrackers(context);
  const config = budgetShopConfig();
  config.language = { default: 'en', available: ['en', 'ru'] };
  const url = site.serve('/dialog-switch.html', pageOf(config, ''));
  await page.goto(url);
  // Headings added to the widget: one per drawing of a view.
  const draws = () => page.evaluate(() => (window as unknown as { __draws: number }).__draws);
  await page.evaluate(() => {
    const w = window as unknown as { __draws: number };
    w.__draws = 0;
    const count = (rs: MutationRecord[]) => rs.forEach((r) => r.addedNodes.forEach((n) => (n as Element).localName === 'h2' && w.__draws++));
    new MutationObserver(count).observe(document.querySelector('consentry-widget')!.shadowRoot!, { childList: true, subtree: true });
  });
  await banner(page).getByRole('combobox').selectOption('ru');
  await expect(page.locator('consentry-widget .root').first()).toHaveAttribute('lang', 'ru');
  await expect.poll(() => page.evaluate(() => window.consentry!.locale)).toBe('ru'); // the core took it
  expect(await draws()).toBe(1);

  await banner(page).locator('[data-action="settings"]').click();
  const dialog = page.locator('consentry-widget dialog.prefs');
  await expect(dialog).toBeVisible();
  await page.evaluate(() => window.consentry!.setLocale('en'));
  await expect(dialog.getByRole('heading', { level: 2 }).first()).toHaveText('Privacy settings');
  expect(await page.locator('consentry-widget .root').evaluateAll((roots) => roots.map((r) => r.getAttribute('lang')))).toEqual(['en', 'en']);

  // Destroyed with the settings open: a later switch draws nothing into what was taken away.
  await dialog.getByRole('heading', { level: 2 }).first().evaluate((el) => ((window as unknown as { __title: Element }).__title = el));
  await page.evaluate(async () => {
    window.consentry!.destroy();
    window.consentry!.setLocale('ru');
    await new Promise((done) => setTimeout(done, 300)); // its texts are here already: a redraw would be done by now
  });
  await expect(dialog).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __title: Element }).__title.textContent)).toBe('Privacy settings');
});

test('the page switches the language while the settings are still on their way: the dialog opens in the new language, not in words of the one left', async ({ context, page }) => {
  await routeTrackers(context);
  const config = budgetShopConfig();
  config.language = { default: 'en', available: ['en', 'ru'] };
  const url = site.serve('/dialog-late-switch.html', pageOf(config, ''));
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/chunks\/decide\./, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' }); // the held chunk may hold the load event
  await banner(page).locator('[data-action="settings"]').click();
  await page.evaluate(() => window.consentry!.setLocale('ru'));
  release();
  const dialog = page.locator('consentry-widget dialog.prefs');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 }).first()).not.toHaveText('Privacy settings');
  expect(await dialog.evaluate((el) => el.closest('.root')!.getAttribute('lang'))).toBe('ru');
  // Its words are Russian, not English under a Russian label.
  expect(await dialog.evaluate((el) => /[а-я]/i.test(el.textContent!))).toBe(true);
  expect(await dialog.evaluate((el) => /Privacy settings|Reject all/.test(el.textContent!))).toBe(false);
});

test("the settings switched to another language and closed before its words arrive: nothing is drawn into the closed dialog, and nothing throws", async ({ context, page }) => {
  await routeTrackers(context);
  const config = budgetShopConfig();
  config.language = { default: 'en', available: ['en', 'ru'] };
  const url = site.serve('/dialog-closed-switch.html', pageOf(config, ''));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await banner(page).locator('[data-action="settings"]').click();
  const dialog = page.locator('consentry-widget dialog.prefs');
  await expect(dialog).toBeVisible();
  const wordsAsked = await slowly(page, '**/chunks/dialog-words-ru.*.js', 800);
  await dialog.getByRole('combobox').selectOption('ru');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect.poll(wordsAsked).toBe(1);
  await networkQuiet(page); // the words are here now
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => window.consentry!.locale)).toBe('ru');
  // Opened again, it is drawn once, in the new language.
  await page.evaluate(() => window.consentry!.showPreferences());
  await expect(dialog.getByRole('heading', { level: 2 }).first()).not.toHaveText('Privacy settings');
  await expect(dialog).toHaveCount(1);
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
  const coreAsked = await slowly(page, '**/chunks/core.*', 1500);
  await page.goto(url);
  await expect(banner(page).locator('[data-action="accept"]')).toBeVisible();
  await page.keyboard.press('Tab'); // the first Tab goes to Reject all: the keyboard reaches the banner
  await page.keyboard.press('Escape');
  await expect(banner(page)).toHaveCount(0);
  // Asked for as the keyboard reached the banner; the request reaches the route a moment later.
  await expect.poll(coreAsked).toBe(1);
  expect(await page.locator('consentry-reopen').count()).toBe(0); // not yet: it is the core's (held back 1.5 s)
  const reopen = page.locator('consentry-reopen').getByRole('button');
  await expect(reopen).toBeVisible();
  await reopen.click();
  await expect(page.locator('consentry-widget dialog.prefs')).toBeVisible();
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
});

// Whichever comes first, the core (fetched for the settings) or the banner's start, the config is
// checked once: with the banner's file slow, the core waits for its check (start-core.ts).
for (const line of ['as fast as the files come', "the banner's file slow, so the core comes first"] as const) {
  test(`a page that opens the settings at once, ${line}: the settings, then one banner, whose Settings and Accept work`, async ({ context, page }) => {
    await routeTrackers(context);
    const errors = errorsOf(page);
    if (line !== 'as fast as the files come') await slowly(page, '**/chunks/first-en.*', 1000);
    const url = site.serve('/settings-at-once.html', pageOf(budgetShopConfig(), '<script>window.consentry.showPreferences()</script>'));
    await page.goto(url);
    const dialog = page.locator('consentry-widget dialog.prefs');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(banner(page)).toHaveCount(1);
    await page.waitForTimeout(300); // had the other start not stood back, a second banner would be drawn by now
    await expect(banner(page)).toHaveCount(1);
    await banner(page).locator('[data-action="settings"]').click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await banner(page).locator('[data-action="accept"]').click();
    await expect(banner(page)).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => window.consentry!.allowed('analytics'))).toBe(true);
    expect(errors).toEqual([]);
  });
}

// Found by a review of the above: the start without the core must begin where the instance would.

test('the state before the core is the one the instance starts with: every category, a service the site lists under necessary granted (its script runs), GPC as the site honours it', async ({ context, page }) => {
  await routeTrackers(context);
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  const config = budgetShopConfig();
  config.services = { payments: { title: 'Payments', provider: 'Pay Inc', purpose: 'Takes payments', country: 'GB' } } as ConsentryConfig['services'];
  (config.categories.necessary as { services?: string[] }).services = ['payments'];
  config.gpc = { honour: false };
  const chunks = fetchedChunks(page);
  const url = site.serve('/starting-state.html', pageOf(config, '<script type="text/plain" data-category="necessary" data-service="payments">window.__pay = (window.__pay || 0) + 1</script>'));
  await page.goto(url);
  await expect(banner(page).locator('[data-action="accept"]')).toBeVisible();
  await expect.poll(() => counted(page, '__pay')).toBe(1);
  const state = await page.evaluate(() => window.consentry!.state);
  expect([state.categories, state.services.payments, state.gpc]).toEqual([{ necessary: true, analytics: false, marketing: false }, true, false]);
  await expect(banner(page).locator('[data-line="gpc"]')).toHaveCount(0); // this site does not honour it: the banner must not say it does
  expect(chunks).not.toContain('core');
});

test('Metrica listed under necessary: its tag loads on a first visit with no interaction (the core comes for it)', async ({ context, page }) => {
  const trackers = await routeTrackers(context);
  const config = budgetShopConfig();
  config.categories.analytics!.services = ['google-analytics'];
  (config.categories.necessary as { services?: string[] }).services = ['yandex-metrica'];
  await page.goto(site.serve('/necessary-metrica.html', pageOf(config, '')));
  await expect(banner(page).locator('[data-action="accept"]')).toBeVisible();
  await expect.poll(() => trackers.count(/mc\.yandex\.ru\/metrika\/tag\.js/)).toBe(1);
  expect(trackers.count(/googletagmanager/)).toBe(0);
});

for (const when of ['right after the script tag', 'once ready resolves'] as const) {
  test(`destroy() ${when}, before the banner is up: no banner, and the necessary gate does not run`, async ({ context, page }) => {
    await routeTrackers(context);
    const call = when === 'right after the script tag' ? 'window.consentry.destroy()' : 'window.consentry.ready.then(function () { window.consentry.destroy(); })';
    const url = site.serve('/destroy-early.html', pageOf(budgetShopConfig(), `<script>${call}</script><script type="text/plain" data-category="necessary">window.__necessary = 1</script>`));
    await page.goto(url);
    await networkQuiet(page);
    await page.waitForTimeout(500); // the banner, had the start not stood back, is drawn by now
    await expect(page.locator('consentry-widget, consentry-reopen')).toHaveCount(0);
    if (when === 'right after the script tag') expect(await counted(page, '__necessary')).toBe(0);
  });
}

test('another tab decides while this tab is still fetching its banner file: this tab reads that choice and does not ask again', async ({ context }) => {
  await routeTrackers(context);
  const url = site.serve('/two-tabs.html', pageOf(budgetShopConfig(), '<script type="text/plain" data-category="analytics">window.__analytics = (window.__analytics || 0) + 1</script>'));
  const slowTab = await context.newPage();
  await slowly(slowTab, '**/chunks/first-en.*', 2500);
  const loading = slowTab.goto(url, { waitUntil: 'commit' });
  const other = await context.newPage();
  await other.goto(url);
  await banner(other).locator('[data-action="accept"]').click();
  await expect.poll(async () => (await context.cookies()).some((c) => c.name === 'consentry')).toBe(true);
  await loading;
  await expect.poll(() => counted(slowTab, '__analytics'), { timeout: 10_000 }).toBe(1);
  expect(await slowTab.evaluate(() => window.consentry!.state.decided)).toBe(true);
  await expect(banner(slowTab)).toHaveCount(0);
});
