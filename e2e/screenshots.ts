/**
 * `npm run screenshots`: the banner and the dialog in every layout, size, theme and
 * language, into screenshots/tmp/ (not committed), to be looked at. A few small ones
 * go to e2e/screenshots/ for the README.
 */
import { mkdirSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { widgetPages } from './fixtures/widget/pages';
import { startServer } from './support/server';

const OUT = 'screenshots/tmp';
const README = 'e2e/screenshots';
// The demo sites' own configs, not the fixtures: the pictures show the customers' real banners.
const LANGS = [
  { lang: 'en', seed: 'demo-cmachines' },
  { lang: 'ru', seed: 'demo-infomaximum' },
  { lang: 'hi', seed: 'demo-cmachines' },
];
const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];
/** Shots the README shows (desktop ones cut to the bar, to keep the files small). */
const PICKS = new Set(['bar-desktop-light-ru-banner', 'bar-phone-light-hi-banner', 'bar-phone-dark-ru-banner', 'bar-phone-light-hi-dialog']);

test('screenshots', async ({ browser }) => {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(README, { recursive: true });
  const server = await startServer({ handlers: [widgetPages()] });
  const shoot = async (page: Page, name: string) => {
    await page.mouse.move(0, 0); // no hover state in the picture
    await page.screenshot({ path: `${OUT}/${name}.png` });
    if (!PICKS.has(name)) return;
    const { width, height } = page.viewportSize()!;
    const clip = name.includes('desktop') ? { x: 0, y: height - 400, width, height: 400 } : undefined;
    await page.screenshot({ path: `${README}/${name}.png`, ...(clip ? { clip } : {}) });
  };
  try {
    for (const layout of ['bar', 'box']) {
      for (const size of [...SIZES, ...(layout === 'bar' ? [{ name: 'phone320', width: 320, height: 640 }] : [])]) {
        for (const theme of ['light', 'dark'] as const) {
          const context = await browser.newContext({ viewport: size, colorScheme: theme, reducedMotion: 'reduce', deviceScaleFactor: 1 });
          for (const { lang, seed } of LANGS) {
            await context.clearCookies();
            const page = await context.newPage();
            await page.goto(`${server.url}/widget?seed=${seed}&lang=${lang}&layout=${layout}&floating=bottom-left`);
            await page.locator('consentry-widget [data-consentry=banner]').waitFor();
            await page.evaluate(() => document.fonts.ready);
            const name = `${layout}-${size.name}-${theme}-${lang}`;
            await shoot(page, `${name}-banner`);
            await page.locator('consentry-widget [data-action=settings]').click();
            await page.locator('consentry-widget dialog.prefs details summary').first().click();
            await shoot(page, `${name}-dialog`);
            await page.close();
          }
          await context.close();
        }
      }
    }
    // 200 % zoom on a 1280×720 screen is a 640×360 viewport at twice the pixels.
    const zoomed = await browser.newContext({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
    const page = await zoomed.newPage();
    await page.goto(`${server.url}/widget?seed=demo-infomaximum&lang=ru&layout=bar`);
    await page.locator('consentry-widget [data-consentry=banner]').waitFor();
    await shoot(page, 'bar-zoom200-light-ru-banner');
    await page.locator('consentry-widget [data-action=settings]').click();
    await shoot(page, 'bar-zoom200-light-ru-dialog');
    await zoomed.close();
  } finally {
    await server.close();
  }
});
