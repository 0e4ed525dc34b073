import { expect, test } from '@playwright/test';
import { startTestDemo, type DemoUnderTest } from '../demo/demo-server';
import { banner, dialog, focusedPath, SITES } from './support';

// GUIDE §3 Accessibility: "Preferences: modal dialog semantics (role="dialog", aria-modal,
// label) … A non-blocking banner is a labelled region and never traps focus." On each demo site:
// the banner is a region named by its title and Tab leaves it for the page; the dialog is a
// modal dialog (the top layer's :modal, the page inert) named by its title.

let demo: DemoUnderTest;
test.use({ reducedMotion: 'reduce' });
test.beforeAll(async () => (demo = await startTestDemo()));
test.afterAll(() => demo.stop());

for (const site of SITES) {
  test(`${site.id}: the banner is a labelled region that lets Tab out; the dialog a labelled modal dialog`, async ({ page }) => {
    await page.goto(demo.siteUrl(site.id));
    await expect(banner(page)).toBeVisible();
    const title = (await banner(page).locator('h2').textContent())!;
    await expect(page.getByRole('region', { name: title })).toBeVisible();
    expect(await banner(page).evaluate((el) => el.matches(':modal'))).toBe(false);

    // Never traps: from its last control, Tab goes on to the page (or the browser), not back into it.
    await banner(page).locator('button.x').focus();
    await page.keyboard.press('Tab');
    expect((await focusedPath(page)).inWidget).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect((await focusedPath(page)).inWidget).toBe(true);

    await banner(page).locator('[data-action=settings]').click();
    const title2 = (await dialog(page).locator('#cs-prefs-title').textContent())!;
    const modal = page.getByRole('dialog', { name: title2 });
    await expect(modal).toBeVisible();
    expect(await dialog(page).evaluate((el) => el.matches(':modal') && (el as HTMLDialogElement).open)).toBe(true); // showModal(): aria-modal by the platform
    expect(await page.evaluate(() => {
      const link = document.querySelector<HTMLElement>('.site-frame a[href]')!;
      link.focus();
      return document.activeElement === link;
    })).toBe(false); // the page behind is inert
  });
}
