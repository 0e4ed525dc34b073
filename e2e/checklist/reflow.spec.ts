import { expect, test, type Locator, type Page } from '@playwright/test';
import { startTestDemo, type DemoUnderTest } from '../demo/demo-server';
import { banner, dialog, SITES } from './support';

// GUIDE §3 Accessibility: "Works at 320 px wide and 200 % zoom" (WCAG 1.4.10 Reflow, 1.4.4).
// 200 % zoom of a 1280×800 window is a 640×400 CSS-pixel viewport at 2 device pixels per CSS
// pixel, which is what Chrome lays out when zoomed. On each demo site: nothing of the widget
// leaves the screen sideways or scrolls sideways, every control can be scrolled to and clicked,
// and a decision can be made from the banner and from the dialog.

let demo: DemoUnderTest;
test.use({ reducedMotion: 'reduce' });
test.beforeAll(async () => (demo = await startTestDemo()));
test.afterAll(() => demo.stop());

const SIZES = [
  { name: '320 px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200 % zoom (1280×800)', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

/** Sideways: the part's box and every control inside the viewport, and no horizontal scrolling in it. */
const sideways = (part: Locator) =>
  part.evaluate((root) => {
    const out: string[] = [];
    const r = root.getBoundingClientRect();
    if (r.left < -0.5 || r.right > innerWidth + 0.5) out.push(`the part itself ${Math.round(r.left)}..${Math.round(r.right)}`);
    for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
      if (el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) out.push(`scrolls sideways: ${el.tagName}.${el.className}`);
    }
    for (const el of root.querySelectorAll<HTMLElement>('button, select, a, input, summary, h2, p, li, dd, dt')) {
      const b = el.getBoundingClientRect();
      if (b.width > 0 && (b.left < -0.5 || b.right > innerWidth + 0.5)) out.push(`${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(b.left)}..${Math.round(b.right)}`);
    }
    if (document.documentElement.scrollWidth > innerWidth + 1) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
    return out;
  });

/** Each control can be scrolled into view and would receive a click (Playwright's actionability checks). */
async function expectReachable(page: Page, part: Locator, where: string) {
  const controls = await part.locator('button:visible:enabled, select:visible:enabled, a:visible, input:visible:enabled, summary:visible').all();
  expect(controls.length, where).toBeGreaterThan(2);
  for (const control of controls) {
    await control.click({ trial: true, timeout: 5000 });
    const box = (await control.boundingBox())!;
    const { width, height } = page.viewportSize()!;
    expect([box.x >= -0.5, box.x + box.width <= width + 0.5, box.y + box.height > 0, box.y < height], `${where}: ${await control.evaluate((e) => e.outerHTML.slice(0, 80))} on screen`).toEqual([true, true, true, true]);
  }
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });
    for (const site of SITES) {
      test(`${site.id}: at ${size.name} the banner and the dialog fit sideways, every control is reachable, both decide`, async ({ page }) => {
        await page.goto(demo.siteUrl(site.id));
        await expect(banner(page)).toBeVisible();
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([size.viewport.width, size.deviceScaleFactor]);
        expect(await sideways(banner(page)), 'banner').toEqual([]);
        await expectReachable(page, banner(page), 'banner');

        await banner(page).locator('[data-action=settings]').click();
        await expect(dialog(page)).toBeVisible();
        for (const summary of await dialog(page).locator('summary').all()) await summary.click();
        expect(await sideways(dialog(page)), 'dialog').toEqual([]);
        await expectReachable(page, dialog(page), 'dialog');
        // A choice from the dialog, its footer reached by scrolling if need be.
        await dialog(page).getByRole('switch', { disabled: false }).first().check();
        await dialog(page).locator('[data-action=save]').click();
        await expect(dialog(page)).toHaveCount(0);
        // The dialog closes at once; the choice is stored once the decisions part has loaded.
        await page.waitForFunction(() => window.consentry!.state.decided);

        // And Accept all from the banner, on a fresh visit.
        await page.context().clearCookies();
        await page.reload();
        await banner(page).locator('[data-action=accept]').click();
        await expect(banner(page)).toHaveCount(0);
        await page.waitForFunction(() => Object.values(window.consentry!.state.categories).every(Boolean));
      });
    }
  });
}

/** Words of the part's `selector` elements that the layout split over two lines (a hyphen may break: its halves count as words). */
const splitWords = (part: Locator, selector: string) =>
  part.evaluate((root, sel) => {
    const split: string[] = [];
    for (const el of root.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of node.textContent!.matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index!);
          range.setEnd(node, word.index! + word[0].length);
          if (range.getClientRects().length > 1) split.push(word[0]);
        }
      }
    }
    return split;
  }, selector);

// On a phone the dialog's title and the categories' names beside their switches break between
// words only: "конфиденциальности" or "Необходимые" cut in two is hard to read. At 320 px the
// language menu moves under the title, and a switch under its name when both do not fit.
for (const width of [320, 360]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: 740 } });
    for (const site of SITES) {
      test(`${site.id}: the dialog's title and the categories' names break only between words`, async ({ page }) => {
        await page.goto(demo.siteUrl(site.id));
        await banner(page).locator('[data-action=settings]').click();
        await expect(dialog(page)).toBeVisible();
        await page.evaluate(() => document.fonts.ready);
        expect(await splitWords(dialog(page), 'h2, .cat > .row label')).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
  });
}
