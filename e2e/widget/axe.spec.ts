import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { banner, dialog, pageUrl, startWidgetServer, type WidgetServer } from './support';

let server: WidgetServer;
test.use({ reducedMotion: 'reduce' });
test.beforeAll(async () => (server = await startWidgetServer()));
test.afterAll(() => server.close());

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page, include: string, proof = 'color-contrast') {
  const result = await new AxeBuilder({ page }).include(include).withTags(TAGS).analyze();
  // Proof that axe looked inside the shadow root: it checked the contrast of our texts (or a button's name).
  const passed = result.passes.find((r) => r.id === proof);
  expect(passed?.nodes.length ?? 0, `axe's ${proof} found nothing in ${include}`).toBeGreaterThan(0);
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`) }));
}

const LANGS = [
  { lang: 'en', seed: 'example' },
  { lang: 'ru', seed: 'infomaximum' },
  { lang: 'hi', seed: 'cmachines' },
];

for (const { lang, seed } of LANGS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no violations on the banner and the dialog (${lang}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(pageUrl(server, { seed, lang, floating: 'bottom-right' }));
      await expect(banner(page)).toBeVisible();
      const background = await banner(page).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)');
      expect(await violations(page, 'consentry-widget')).toEqual([]);

      await banner(page).locator('[data-action=settings]').click();
      await expect(dialog(page)).toBeVisible();
      for (const details of await dialog(page).locator('details').all()) await details.locator('summary').click();
      expect(await violations(page, 'consentry-widget')).toEqual([]);
    });
  }
}

test('axe: no violations on the box layout, the blocking layout, the floating button and the reload notice (dark, forced by config)', async ({ page }) => {
  test.setTimeout(120_000); // five axe scans: 24 s alone, past 60 s beside the other worker on a shared machine
  await page.goto(pageUrl(server, { layout: 'box', theme: 'dark' }));
  await expect(banner(page)).toBeVisible();
  expect(await violations(page, 'consentry-widget')).toEqual([]);
  await page.evaluate(() => window.consentry!.rejectAll());
  await page.goto(pageUrl(server, { layout: 'box', theme: 'dark', floating: 'bottom-left' }));
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('consentry:reload-suggested')));
  await expect(page.locator('consentry-widget [data-consentry=reload]')).toBeVisible();
  expect(await violations(page, 'consentry-widget')).toEqual([]);
  expect(await violations(page, 'consentry-reopen', 'button-name')).toEqual([]);
  await page.context().clearCookies();
  await page.goto(pageUrl(server, { layout: 'modal', theme: 'light' }));
  await expect(page.locator('consentry-widget dialog.modal')).toBeVisible();
  expect(await violations(page, 'consentry-widget')).toEqual([]);
});
