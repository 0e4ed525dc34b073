import { expect, test } from '@playwright/test';
import { startTestDemo, type DemoUnderTest } from './demo-server';

// WCAG 2.4.11 at 400 % zoom (a 1280×1024 screen is 320×256 CSS px, WCAG 1.4.10's reference):
// the banner's text is longer than such a viewport is tall. Allowed the whole height, the bar
// covered every pixel of it, so each page element the keyboard reached was behind it or, moved
// above it by the widget's correction, scrolled out of sight above the viewport. The bar leaves
// a strip at the top, where the focused element is shown. Measured on two customers' own configs.
const CASES = [
  { site: 'infomaximum', lang: 'ru' },
  { site: 'cmachines', lang: 'en' },
];
const BANNER = 'consentry-widget [data-consentry=banner]';

let demo: DemoUnderTest;
test.use({ reducedMotion: 'reduce', viewport: { width: 320, height: 256 } });
test.beforeAll(async () => (demo = await startTestDemo()));
test.afterAll(() => demo.stop());

for (const { site, lang } of CASES) {
  test(`${site} (${lang}) at 320×256: a page element reached by Tab shows in the viewport, not behind the banner`, async ({ page }) => {
    await page.goto(`${demo.siteUrl(site)}?lang=${lang}`);
    await expect(page.locator(BANNER)).toBeVisible();
    // Start in the page's own content (its header links), then walk on through it.
    await page.locator('header a').first().focus();
    for (let i = 0; i < 4; i++) {
      // The widget corrects after the browser's own scroll, in the next frame: wait for the geometry to settle.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const el = document.activeElement!;
            const bar = document.querySelector('consentry-widget')!.shadowRoot!.querySelector('[data-consentry=banner]')!.getBoundingClientRect();
            const r = el.getBoundingClientRect();
            // How much of it is shown: inside the viewport and above the banner.
            const shown = Math.min(r.bottom, bar.top, innerHeight) - Math.max(r.top, 0);
            return { tag: el.localName, shown: shown > 0 };
          }),
        )
        .toMatchObject({ shown: true });
      await page.keyboard.press('Tab');
    }
  });
}
