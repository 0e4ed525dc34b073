import { expect, test, type Locator, type Page } from '@playwright/test';
import { banner, button, dialog, pageUrl, startWidgetServer, type WidgetServer } from './support';

// A view gone takes its <consentry-widget> with it: before, the banner's stayed in the page,
// empty, after a choice, and the settings added a second one beside it (a site's own
// `consentry-widget + *` and its DOM inspector saw both).
let server: WidgetServer;
test.use({ reducedMotion: 'reduce' });
test.beforeAll(async () => (server = await startWidgetServer()));
test.afterAll(() => server.close());

const hosts = (page: Page): Locator => page.locator('consentry-widget');
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
const pagePadding = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).paddingBottom);

test('a demo site under a strict CSP: the banner answered leaves no host nor spacing; the settings opened three times leave one host while open and none after, focus back on the opener', async ({ page }) => {
  await page.goto(pageUrl(server, { seed: 'demo-shop', lang: 'en', floating: 'bottom-right', csp: 'strict' }));
  await expect(banner(page)).toBeVisible();
  await expect(hosts(page)).toHaveCount(1);
  await expect.poll(() => pagePadding(page)).not.toBe('0px'); // the page's end clears the bar

  await button(banner(page), 'accept').click();
  await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);
  await expect(hosts(page)).toHaveCount(0);
  expect(await pagePadding(page)).toBe('0px');

  const floating = page.getByRole('button', { name: 'Cookie settings' });
  const openers = [page.locator('#cookie-link'), floating, page.locator('#cookie-link')];
  for (const opener of openers) {
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    await expect(hosts(page)).toHaveCount(1);
    // A new host each time, styled by the adopted stylesheet (a strict CSP blocks any <style>).
    expect(await dialog(page).evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(hosts(page)).toHaveCount(0);
    await expect(opener).toBeFocused();
  }
  expect(await violations(page)).toEqual([]);
});
