import { expect, test } from '@playwright/test';
import { countRealTrackerRequests, startTestDemo, type DemoUnderTest } from '../demo/demo-server';
import { banner, dialog, expectNoGrant, SITES } from './support';

// GUIDE §3 Choices: "Only an explicit click grants. Scrolling, navigating, Escape, closing or
// waiting never store a grant." On each customer's own site and config: a visitor who scrolls,
// waits, follows the site's links to another page, presses Escape and closes the banner and the
// dialog (after ticking a switch) has granted nothing, and no tracker or embed was contacted.

let demo: DemoUnderTest;
test.use({ reducedMotion: 'reduce', viewport: { width: 390, height: 700 } });
test.beforeAll(async () => (demo = await startTestDemo()));
test.afterAll(() => demo.stop());

for (const site of SITES) {
  test(`${site.id}: scrolling, waiting, navigating, Escape and closing never store a grant`, async ({ page }) => {
    const real = await countRealTrackerRequests(page);
    const other = site.lang === 'ru' ? 'en' : 'hi'; // the site's other language
    await page.goto(demo.siteUrl(site.id));
    await expect(banner(page)).toBeVisible();

    // Scroll: the wheel, the keyboard and a script, to the very bottom of the page and back.
    await page.mouse.move(100, 100);
    await page.mouse.wheel(0, 2000);
    await page.waitForFunction(() => scrollY > 0);
    await page.keyboard.press('End');
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1);
    await page.evaluate(() => scrollTo(0, 0));
    await expectNoGrant(page, demo, site, real, 'after scrolling');

    // Wait: a short fixed wait is the point here (an "implied consent after N seconds" would grant).
    await page.waitForTimeout(2500);
    await expectNoGrant(page, demo, site, real, 'after waiting');

    // Navigate: an in-page link of the site's menu, then the language switch (a new page load),
    // then another page of the site by its address: the banner asks again each time.
    await page.locator('.site-header nav a[href^="#"]').first().click();
    await expect(page).toHaveURL(/#/);
    await Promise.all([page.waitForURL(/\?lang=/), page.locator(`.lang-switch a[hreflang=${other}]`).first().click()]);
    await expect(banner(page)).toBeVisible();
    await expectNoGrant(page, demo, site, real, 'after following the language switch');
    await page.goto(`${demo.siteUrl(site.id)}?page=2`);
    await expect(banner(page)).toBeVisible();
    await expectNoGrant(page, demo, site, real, 'after navigating to another page');

    // Escape on the banner hides it for this page only.
    await banner(page).locator('[data-action=accept]').focus();
    await page.keyboard.press('Escape');
    await expect(banner(page)).toHaveCount(0);
    await expectNoGrant(page, demo, site, real, 'after Escape on the banner');

    // Next page: × closes it.
    await page.goto(demo.siteUrl(site.id));
    await expect(banner(page)).toBeVisible();
    await banner(page).locator('button.x').click();
    await expect(banner(page)).toHaveCount(0);
    await expectNoGrant(page, demo, site, real, 'after closing the banner');

    // The dialog: tick every optional switch, then Escape; again, then its close button.
    await page.goto(demo.siteUrl(site.id));
    for (const close of ['Escape', 'button'] as const) {
      await banner(page).locator('[data-action=settings]').click();
      await expect(dialog(page)).toBeVisible();
      for (const toggle of await dialog(page).getByRole('switch', { disabled: false }).all()) await toggle.check();
      if (close === 'Escape') await page.keyboard.press('Escape');
      else await dialog(page).locator('.head button.icon').click();
      await expect(dialog(page)).toHaveCount(0);
      await expectNoGrant(page, demo, site, real, `after ticking switches and closing the dialog with ${close}`);
    }

    // And once more after all that, on a fresh page load, having waited again.
    await page.reload();
    await expect(banner(page)).toBeVisible();
    await page.waitForTimeout(1000);
    await expectNoGrant(page, demo, site, real, 'on the next page load');
  });
}
