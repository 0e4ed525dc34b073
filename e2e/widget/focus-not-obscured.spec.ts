import { expect, test } from '@playwright/test';
import { banner, pageUrl, startWidgetServer, type WidgetServer } from './support';

let server: WidgetServer;
test.use({ reducedMotion: 'reduce' });
test.beforeAll(async () => (server = await startWidgetServer()));
test.afterAll(() => server.close());

const CASES = [
  { layout: 'bar', width: 1280, height: 720 },
  { layout: 'bar', width: 360, height: 640 },
  { layout: 'box', width: 1280, height: 720 },
  { layout: 'box', width: 360, height: 640 },
  { layout: 'bar', width: 640, height: 360 }, // 1280×720 at 200 % zoom
];

for (const c of CASES) {
  test(`WCAG 2.4.11: tabbing the page never leaves focus behind the ${c.layout} (${c.width}×${c.height})`, async ({ page }) => {
    await page.setViewportSize({ width: c.width, height: c.height });
    await page.goto(pageUrl(server, { layout: c.layout, seed: 'infomaximum', lang: 'ru' }));
    await expect(banner(page)).toBeVisible();
    await page.locator('#skip').focus();
    const ids: string[] = [];
    for (let i = 0; i < 27; i++) {
      await page.keyboard.press('Tab');
      // The widget corrects after the browser's own scroll, in the next frame: wait for the geometry to settle.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const el = document.activeElement!;
            if (el.tagName === 'CONSENTRY-WIDGET' || el === document.body) return { id: el.tagName, overlap: 0 };
            const host = document.querySelector('consentry-widget')!;
            const bar = host.shadowRoot!.querySelector('[data-consentry=banner]')!.getBoundingClientRect();
            const r = el.getBoundingClientRect();
            const overlapX = Math.min(r.right, bar.right) - Math.max(r.left, bar.left);
            const overlapY = Math.min(r.bottom, bar.bottom) - Math.max(r.top, bar.top);
            return { id: el.id, overlap: overlapX > 0 && overlapY > 0 ? overlapX * overlapY : 0 };
          }),
        )
        .toMatchObject({ overlap: 0 });
      ids.push(await page.evaluate(() => document.activeElement!.id));
    }
    expect(ids).toContain('p24'); // reached the last link, at the very end of the page
  });
}
