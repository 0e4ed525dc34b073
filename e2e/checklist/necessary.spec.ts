import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startTestDemo, type DemoUnderTest } from '../demo/demo-server';
import { banner, dialog } from './support';

// GUIDE §3 Choices, first layer: "a Customize/Settings button; a link to the full policy. No
// pre-ticked toggles; 'necessary' shown as always on and explained." On each demo site in each of its languages: the first layer itself says essential
// cookies are always on, in view on a phone without scrolling, and has no toggle to pre-tick; the
// dialog shows the necessary switch on and locked, labelled "always on", described by the
// category's own explanation from the config, and every optional switch off.

let demo: DemoUnderTest;
test.use({ reducedMotion: 'reduce', viewport: { width: 360, height: 740 } });
test.beforeAll(async () => (demo = await startTestDemo()));
test.afterAll(() => demo.stop());

const SITES = [
  { id: 'arcon', langs: ['ru', 'en'] },
  { id: 'shop', langs: ['ru', 'en'] },
  { id: 'infomaximum', langs: ['ru', 'en'] },
  { id: 'cmachines', langs: ['en', 'hi'] },
];
// The first layer's line: the category's own title, "always on", and its own description as the reason.
const ALWAYS = { en: { line: ' (always on): ', label: /always on/i }, ru: { line: ' (всегда включены): ', label: /всегда/i }, hi: { line: ' (हमेशा चालू): ', label: /हमेशा/ } } as const;

const lowerFirst = (s: string, lang: string) => s.charAt(0).toLocaleLowerCase(lang) + s.slice(1);

for (const site of SITES) {
  for (const lang of site.langs as Array<keyof typeof ALWAYS>) {
    test(`${site.id} (${lang}): the first layer has Settings and the policy link, shows "necessary" as always on and explained, and pre-ticks nothing`, async ({ page }) => {
      const config = JSON.parse(readFileSync(`demo/sites/${site.id}/consentry.config.json`, 'utf8'));
      const necessary = config.categories.necessary as { title: Record<string, string>; description: Record<string, string> };
      await page.goto(`${demo.siteUrl(site.id)}?lang=${lang}`);
      await expect(banner(page)).toBeVisible();

      // First layer: the line is there, in view on a 360×740 phone with the banner unscrolled.
      const line = banner(page).locator('[data-line=necessary]');
      await expect(line).toContainText(`${necessary.title[lang]}${ALWAYS[lang].line}${lowerFirst(necessary.description[lang]!, lang).replace(/[.।]$/, '')}`);
      const inView = await line.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const panel = el.closest('[data-consentry=banner]')!;
        return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && panel.scrollTop === 0 && panel.scrollHeight <= panel.clientHeight + 1;
      });
      expect(inView).toBe(true);
      // The link to the full policy, the site's own, and the Settings button beside the two choices.
      await expect(banner(page).locator(`a[href="${config.policy.url}"]`)).toBeVisible();
      await expect(banner(page).locator('[data-action=settings]')).toBeVisible();
      // No toggle on the first layer, so none can be pre-ticked there.
      await expect(banner(page).locator('input, [role=switch], [role=checkbox]')).toHaveCount(0);

      // Second layer: on, locked, "always on", explained by the config's own description.
      await banner(page).locator('[data-action=settings]').click();
      const row = dialog(page).locator('[data-category=necessary]');
      const toggle = row.getByRole('switch');
      await expect(toggle).toBeChecked();
      await expect(toggle).toBeDisabled();
      await expect(toggle).toHaveAccessibleName(necessary.title[lang]!);
      await expect(toggle).toHaveAccessibleDescription(necessary.description[lang]!);
      await expect(row).toContainText(ALWAYS[lang].label);
      for (const other of await dialog(page).getByRole('switch', { disabled: false }).all()) await expect(other).not.toBeChecked();
      expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
    });
  }
}
