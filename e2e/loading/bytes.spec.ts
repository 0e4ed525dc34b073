import { expect, test } from '@playwright/test';
import { renderPage } from '../fixtures/gating/site';
import { routeTrackers } from '../support/trackers';
import { budgets, chunkName, ours, total } from './our-files';
import { budgetShopConfig, shopPages } from './shop-pages';

// What a visitor really downloads from us (response bodies of /dist/), compressed as a server
// would (brotli -q 11), against the budgets in package.json: a first visit shows the banner (then
// accepts); a returning visit with a current choice makes exactly one request to us.
const site = shopPages();

/** The budgets' shop with a blocked script and a way-back link: in one language. */
function shopPage(): string {
  return renderPage({
    config: budgetShopConfig(),
    body: `<script type="text/plain" data-category="analytics">window.__gated = true</script><a href="#" data-consentry-open>Cookie settings</a>`,
  });
}

test('a first visit (banner shown, no core) and a returning visit download no more than their budgets; Accept fetches the core, the decisions and the clean-up; a returning visit asks us for one file', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/bytes.html', shopPage());

  const first = await ours(page, async () => {
    await page.goto(url);
    await expect(page.locator('[data-consentry="banner"] [data-action="accept"]')).toBeVisible();
  });
  // The core and the decisions come when the pointer reaches the banner (Playwright's click moves
  // it there first); the clean-up after a grant, so a withdrawal erases at once.
  const accept = await ours(page, async () => {
    await page.locator('[data-consentry="banner"] [data-action="accept"]').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __gated?: boolean }).__gated)).toBe(true);
  });
  const returning = await ours(page, async () => {
    await page.reload();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __gated?: boolean }).__gated)).toBe(true);
    await expect(page.getByRole('button', { name: 'Cookie settings' }).first()).toBeVisible();
  });
  const say = (name: string, files: Array<{ path: string; brotli: number }>) => console.log(`[bytes] ${name} ${total(files)} B brotli: ${files.map((f) => `${f.path} ${f.brotli}`).join(', ')}`);
  say('first visit, banner shown', first);
  say('then Accept', accept);
  say('returning visit', returning);

  expect(returning.map((f) => f.path)).toEqual(['/dist/consentry.js']);
  expect(total(returning)).toBeLessThanOrEqual(budgets.returningVisit!.brotli);
  expect(total(first)).toBeLessThanOrEqual(budgets.firstVisit!.brotli);
  expect(first.map((f) => chunkName(f.path)).sort()).toEqual(['consentry', 'first-en']);
  expect(accept.map((f) => chunkName(f.path)).sort()).toEqual(['cleanup', 'core', 'decide']);
});

for (const reach of ['a pointer', 'the keyboard'] as const) {
  test(`a banner left alone fetches neither the core nor the decisions; ${reach} reaching it fetches both before the click`, async ({ context, page }) => {
    await routeTrackers(context);
    const url = site.serve('/reach.html', shopPage());
    const shown = await ours(page, async () => {
      await page.goto(url);
      await expect(page.locator('[data-consentry="banner"] [data-action="accept"]')).toBeVisible();
    });
    expect(shown.map((f) => chunkName(f.path)).sort()).toEqual(['consentry', 'first-en']);
    const reached = await ours(page, async () => {
      if (reach === 'a pointer') await page.locator('[data-consentry="banner"] [data-action="reject"]').hover();
      else await page.keyboard.press('Tab');
      await expect(page.locator('[data-consentry="banner"] [data-action="reject"]')).toBeVisible();
    });
    expect(reached.map((f) => chunkName(f.path)).sort()).toEqual(['core', 'decide']);
    expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
  });
}

test('a returning visitor who opens the settings fetches the core, then the decisions and the dialog in their language side by side (the core names both)', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/settings.html', shopPage());
  await page.goto(url);
  await page.locator('[data-consentry="banner"] [data-action="reject"]').click();
  await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);
  await page.reload();
  await page.waitForFunction(() => window.consentry?.config !== null);
  const opened = await ours(page, async () => {
    await page.locator('a[data-consentry-open]').click();
    await expect(page.locator('consentry-widget dialog.prefs')).toBeVisible();
  });
  // The core first (the boot file's plan has no settings); it names the decisions' file and the
  // dialog's, which come in either order.
  const names = opened.map((f) => chunkName(f.path));
  expect(names[0]).toBe('core');
  expect(names.slice(1).sort()).toEqual(['decide', 'dialog-en']);
  // The settings are open for the link that asked (focus goes back there on close).
  await page.keyboard.press('Escape');
  await expect(page.locator('a[data-consentry-open]')).toBeFocused();
  expect(await page.evaluate(() => Object.values(window.consentry!.state.categories).filter(Boolean).length)).toBe(1);
});
