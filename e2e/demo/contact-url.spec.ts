import { expect, test } from '@playwright/test';
import { startTestDemo, type DemoUnderTest } from './demo-server';

// A visitor review found Arcon's settings saying «Как с нами связаться: /sites/arcon/#contacts»:
// its config's contact URL is relative, and a path names no site a visitor could type or keep.
// On the demo's real config the text is the address resolved against the page; the link is as written.
const BANNER = 'consentry-widget [data-consentry=banner]';

let demo: DemoUnderTest;
test.beforeAll(async () => (demo = await startTestDemo()));
test.afterAll(() => demo.stop());

test('arcon: the settings show its relative contact URL as the whole address, linking to it', async ({ page }) => {
  await page.goto(demo.siteUrl('arcon'));
  await page.locator(`${BANNER} [data-action=settings]`).click();
  const contact = page.locator('consentry-widget dialog.prefs [data-section=contact]');
  const { host, origin } = new URL(demo.siteUrl('arcon'));
  await expect(contact.locator('h4')).toHaveText('Как с нами связаться');
  const link = contact.locator('a');
  await expect(link).toHaveText(`${host}/sites/arcon/#contacts`);
  await expect(link).toHaveAttribute('href', '/sites/arcon/#contacts');
  expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${origin}/sites/arcon/#contacts`);
});
