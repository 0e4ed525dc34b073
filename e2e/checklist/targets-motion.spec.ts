import { expect, test, type Locator } from '@playwright/test';
import { pageUrl, startWidgetServer, type WidgetServer } from '../widget/support';
import { banner, dialog } from './support';

// GUIDE §3 Accessibility: "Targets at least 24×24 px (2.5.8)" and "No motion under
// prefers-reduced-motion", for every target and every element of the banner, the dialog and
// the floating button, not only Accept all and Reject all. On the customers' own configs.

let server: WidgetServer;
test.beforeAll(async () => (server = await startWidgetServer()));
test.afterAll(() => server.close());

/** Targets under 24×24 CSS px (WCAG 2.5.8), inline text links excepted as the criterion allows. */
const smallTargets = (part: Locator) =>
  part.evaluate((part) =>
    [part, ...(part.shadowRoot ?? part).querySelectorAll('*')]
      .filter((el): el is HTMLElement => el.matches('button, select, input, summary, a[href]'))
      .filter((el) => !(el.localName === 'a' && getComputedStyle(el).display === 'inline')) // 2.5.8 "Inline" exception
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
      .map(({ el, r }) => `${el.outerHTML.slice(0, 70)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`),
  );

/** Elements that would move: a running animation or a transition with a duration. */
const moving = (part: Locator) =>
  part.evaluate((part) =>
    [part, ...(part.shadowRoot ?? part).querySelectorAll('*')].flatMap((el) =>
      [null, '::before', '::after'].flatMap((pseudo) => {
        const s = getComputedStyle(el, pseudo);
        const transition = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && s.transitionProperty !== 'none';
        return s.animationName !== 'none' || transition ? [`${el.localName}${pseudo ?? ''}: animation ${s.animationName}, transition ${s.transitionProperty} ${s.transitionDuration}`] : [];
      }),
    ),
  );

for (const seed of ['demo-infomaximum', 'demo-cmachines']) {
  for (const width of [1280, 360]) {
    test(`${seed} at ${width} px: every target of the banner, the dialog and the floating button is at least 24×24`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(pageUrl(server, { seed, floating: 'bottom-right' }));
      await expect(banner(page)).toBeVisible();
      expect(await smallTargets(banner(page))).toEqual([]);
      await banner(page).locator('[data-action=settings]').click();
      await expect(dialog(page)).toBeVisible();
      for (const summary of await dialog(page).locator('summary').all()) await summary.click();
      expect(await smallTargets(dialog(page))).toEqual([]);
      await dialog(page).locator('[data-action=reject]').click();
      const floating = page.locator('consentry-reopen button');
      await expect(floating).toBeVisible();
      expect(await smallTargets(page.locator('consentry-reopen'))).toEqual([]);
      expect(await page.locator('consentry-reopen').evaluate((host) => host.shadowRoot!.querySelectorAll('button').length)).toBe(1); // measured inside its shadow root
    });
  }
}

test('under prefers-reduced-motion nothing in the banner, the dialog or the floating button animates or transitions (and something does without it)', async ({ page }) => {
  const seen: Record<string, string[]> = {};
  for (const motion of ['reduce', 'no-preference'] as const) {
    await page.context().clearCookies();
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto(pageUrl(server, { seed: 'demo-shop', lang: 'ru', floating: 'bottom-left' }));
    await expect(banner(page)).toBeVisible();
    const inBanner = await moving(banner(page));
    await banner(page).locator('[data-action=settings]').click();
    await expect(dialog(page)).toBeVisible();
    const inDialog = await moving(dialog(page));
    await dialog(page).locator('[data-action=reject]').click();
    await expect(page.locator('consentry-reopen button')).toBeVisible();
    const inFloating = await moving(page.locator('consentry-reopen'));
    seen[motion] = [...inBanner, ...inDialog, ...inFloating];
  }
  expect(seen.reduce).toEqual([]);
  expect(seen['no-preference']!.length, 'control: the same measurement finds the motion there is without the preference').toBeGreaterThan(0);
});
