import { expect, test, type Page } from '@playwright/test';
import { banner, consentState, dialog, focused, pageUrl, startWidgetServer, type WidgetServer } from './support';

let server: WidgetServer;
test.use({ reducedMotion: 'reduce' });
test.beforeAll(async () => (server = await startWidgetServer()));
test.afterAll(() => server.close());

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`focus never reached the element after ${max} presses of ${key}`);
}

test('the first Tab from the top of the page goes to the banner', async ({ page }) => {
  await page.goto(pageUrl(server));
  await expect(banner(page)).toBeVisible();
  await page.keyboard.press('Tab');
  expect((await focused(page)).inWidget).toBe(true);
});

test('keyboard only: Accept all from the banner', async ({ page }) => {
  await page.goto(pageUrl(server));
  await expect(banner(page)).toBeVisible();
  await tabTo(page, (f) => f.action === 'accept');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await consentState(page)).categories).toMatchObject({ analytics: true, marketing: true });
});

test('keyboard only: Reject all from the banner', async ({ page }) => {
  await page.goto(pageUrl(server, { seed: 'cmachines', lang: 'hi' }));
  await expect(banner(page)).toBeVisible();
  await tabTo(page, (f) => f.action === 'reject');
  await page.keyboard.press('Space');
  await expect.poll(() => consentState(page)).toEqual({ decided: true, categories: { necessary: true, analytics: false, marketing: false } });
});

test('keyboard only: a custom choice through the dialog, with focus moved in and trapped', async ({ page }) => {
  await page.goto(pageUrl(server));
  await expect(banner(page)).toBeVisible();
  await tabTo(page, (f) => f.action === 'settings');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  expect(await focused(page)).toMatchObject({ inWidget: true, id: 'cs-prefs-title' }); // focus moved in, to the title

  // Trapped: a full round of Tab and of Shift+Tab never leaves the dialog.
  const seen = new Set<string>();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.inWidget).toBe(true);
    expect(await dialog(page).evaluate((d) => d.contains((d.getRootNode() as ShadowRoot).activeElement))).toBe(true);
    seen.add(f.id || f.action || f.text);
  }
  expect(seen.has('accept') && seen.has('cs-cat-analytics')).toBe(true);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await dialog(page).evaluate((d) => d.contains((d.getRootNode() as ShadowRoot).activeElement))).toBe(true);
  }

  await tabTo(page, (f) => f.id === 'cs-cat-marketing');
  await page.keyboard.press('Space');
  await expect(dialog(page).getByRole('switch', { name: 'Marketing' })).toBeChecked();
  await tabTo(page, (f) => f.action === 'save');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toHaveCount(0);
  await expect.poll(async () => (await consentState(page)).categories).toMatchObject({ analytics: false, marketing: true });
});

test('keyboard only: Escape closes the dialog, stores nothing and returns focus to Settings', async ({ page }) => {
  await page.goto(pageUrl(server));
  await expect(banner(page)).toBeVisible();
  await tabTo(page, (f) => f.action === 'settings');
  await page.keyboard.press('Enter');
  await tabTo(page, (f) => f.id === 'cs-cat-analytics');
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  expect(await focused(page)).toMatchObject({ inWidget: true, action: 'settings' });
  expect((await consentState(page)).decided).toBe(false);
});

test('keyboard only: after a language switch in the dialog, focus stays on the menu and Escape returns it to the banner’s Settings', async ({ page }) => {
  // Review: the banner redrew itself in the new language, replacing the Settings button the
  // dialog kept as its opener, so closing left focus on <body> (WCAG 2.4.3).
  await page.goto(pageUrl(server, { seed: 'infomaximum', lang: 'ru' }));
  await expect(banner(page)).toBeVisible();
  await tabTo(page, (f) => f.action === 'settings');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('combobox').focus();
  await page.keyboard.press('ArrowDown');
  await expect(dialog(page).getByRole('heading', { level: 2 })).toHaveText('Privacy settings');
  await expect(banner(page).getByRole('heading')).toHaveText('Cookies and your data');
  await expect(dialog(page).getByRole('combobox')).toBeFocused(); // not moved to the title
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  expect(await focused(page)).toMatchObject({ inWidget: true, action: 'settings', text: 'Settings' });
});

test('keyboard only: a language chosen in the banner’s menu keeps focus on the menu', async ({ page }) => {
  // Review: the banner redrew itself in the new language, menu included, and focus fell to <body>.
  await page.goto(pageUrl(server, { seed: 'cmachines', lang: 'en' }));
  await expect(banner(page)).toBeVisible();
  await tabTo(page, (f) => f.text.includes('English'));
  await page.keyboard.press('ArrowDown');
  await expect(banner(page).getByRole('heading')).toHaveText('कुकीज़ और आपका डेटा');
  await expect(banner(page).getByRole('combobox')).toBeFocused();
  await expect(banner(page).getByRole('combobox')).toHaveValue('hi');
  await page.keyboard.press('Shift+Tab');
  expect((await focused(page)).inWidget).toBe(true); // and the keyboard carries on from there
});

test('keyboard only: a decision in the settings opened from the banner returns focus to the page, where the visitor was', async ({ page }) => {
  // Review: the decision took the banner away, and with it the Settings button the dialog
  // returns focus to, so focus fell to <body> (WCAG 2.4.3).
  await page.goto(pageUrl(server));
  await expect(banner(page)).toBeVisible();
  await page.locator('#cookie-link').focus(); // the page's last control: the next Tab enters the banner
  await page.keyboard.press('Tab');
  expect((await focused(page)).inWidget).toBe(true);
  await tabTo(page, (f) => f.action === 'settings');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await tabTo(page, (f) => f.action === 'accept');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toHaveCount(0);
  await expect(banner(page)).toHaveCount(0);
  await expect(page.locator('#cookie-link')).toBeFocused();
  expect((await consentState(page)).decided).toBe(true);
});

for (const through of ['banner', 'settings'] as const) {
  test(`keyboard only: a decision in the ${through} of a banner entered from the top of the page leaves the next Tab at the top of the page`, async ({ page }) => {
    // Review: no page element to return to, so focus fell to <body> where the banner was (the end
    // of the page): the next Tab left the page for the browser's own UI.
    await page.goto(pageUrl(server));
    await expect(banner(page)).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 200)); // and the page does not jump back to the top
    // A page's own tabindex on <body> stays; we make it focusable for a moment only.
    const ownTabindex = through === 'settings' ? '-1' : null;
    if (ownTabindex) await page.evaluate((t) => document.body.setAttribute('tabindex', t), ownTabindex);
    if (through === 'settings') {
      await tabTo(page, (f) => f.action === 'settings');
      await page.keyboard.press('Enter');
      await expect(dialog(page)).toBeVisible();
    }
    await tabTo(page, (f) => f.action === 'accept');
    await page.keyboard.press('Enter');
    await expect(banner(page)).toHaveCount(0);
    await expect(dialog(page)).toHaveCount(0);
    expect(await page.evaluate(() => [window.scrollY, document.body.getAttribute('tabindex')])).toEqual([200, ownTabindex]);
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('skip');
  });
}

test('keyboard only: withdraw from a site link, and focus returns to it', async ({ page }) => {
  await page.goto(pageUrl(server));
  await page.evaluate(() => window.consentry!.acceptAll());
  await page.reload();
  await page.locator('#cookie-link').focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await tabTo(page, (f) => f.action === 'reject');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.locator('#cookie-link')).toBeFocused();
  await expect.poll(async () => (await consentState(page)).categories).toMatchObject({ analytics: false, marketing: false });
});

test('the page behind the dialog is inert', async ({ page }) => {
  await page.goto(pageUrl(server));
  await banner(page).locator('[data-action=settings]').click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toHaveAttribute('aria-labelledby', 'cs-prefs-title');
  const pageButtonReachable = await page.evaluate(() => {
    const b = document.getElementById('first-button')!;
    b.focus();
    return document.activeElement === b;
  });
  expect(pageButtonReachable).toBe(false);
});
