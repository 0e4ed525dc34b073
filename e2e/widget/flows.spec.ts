import { expect, test } from '@playwright/test';
import { banner, button, consentCookie, consentState, dialog, pageUrl, startWidgetServer, type WidgetServer } from './support';

let server: WidgetServer;
test.use({ reducedMotion: 'reduce' });
test.beforeAll(async () => (server = await startWidgetServer()));
test.afterAll(() => server.close());
test.beforeEach(() => server.clear());

test('Accept all persists; the banner stays hidden after a reload', async ({ page }) => {
  await page.goto(pageUrl(server, { seed: 'infomaximum', lang: 'ru' }));
  await button(banner(page), 'accept').click();
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => consentState(page)).toEqual({ decided: true, categories: { necessary: true, analytics: true, marketing: true } });
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('consentry.outbox')))).toEqual([]);
  expect(server.records).toHaveLength(1);
  expect(server.records[0]).toMatchObject({ action: 'accept_all', layer: 'banner', locale: 'ru' });
  await page.reload();
  await expect(page.locator('consentry-widget')).toHaveCount(0); // not even mounted: the chunk was not loaded
  await expect.poll(async () => (await consentState(page)).decided).toBe(true);
});

test('Reject all persists; the banner stays hidden after a reload', async ({ page }) => {
  await page.goto(pageUrl(server));
  await button(banner(page), 'reject').click();
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => consentState(page)).toEqual({ decided: true, categories: { necessary: true, analytics: false, marketing: false } });
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('consentry.outbox')))).toEqual([]);
  expect(server.records).toHaveLength(1);
  expect(server.records[0]).toMatchObject({ action: 'reject_all', layer: 'banner', locale: 'en' });
  await page.reload();
  await expect(banner(page)).toHaveCount(0);
});

test('a custom choice persists, and the dialog shows it when reopened from a site link', async ({ page }) => {
  await page.goto(pageUrl(server));
  await button(banner(page), 'settings').click();
  await dialog(page).getByRole('switch', { name: 'Statistics' }).check();
  await button(dialog(page), 'save').click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('consentry.outbox')))).toEqual([]);
  expect(server.records).toHaveLength(1);
  expect(server.records[0]).toMatchObject({ action: 'custom', layer: 'preferences', categories: { analytics: true, marketing: false } });

  await page.reload();
  await expect(banner(page)).toHaveCount(0);
  await page.locator('#cookie-link').click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('switch', { name: 'Statistics' })).toBeChecked();
  await expect(dialog(page).getByRole('switch', { name: 'Marketing' })).not.toBeChecked();
  await expect(dialog(page)).toContainText('Your current choice was saved on');
  await page.keyboard.press('Escape');
  await expect(page.locator('#cookie-link')).toBeFocused(); // back to the opener
});

test('the floating button reopens the settings; withdrawing takes as many clicks as accepting', async ({ page }) => {
  await page.goto(pageUrl(server, { floating: 'bottom-left' }));
  const floating = page.getByRole('button', { name: 'Cookie settings' });
  await expect(floating).toBeHidden(); // the banner is the way to choose for now
  await button(banner(page), 'accept').click();
  await expect(floating).toBeVisible();

  // Delivered before the reload: a record still waiting would rightly fetch what sending needs.
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('consentry.outbox')))).toEqual([]);
  expect(server.records).toHaveLength(1);
  const before = server.chunkRequests();
  await page.reload();
  await expect(floating).toBeVisible(); // drawn by the boot file, no chunk
  // Its cookie icon is drawn (its chips and bite cut out), and left out of its accessible name.
  const icon = floating.locator('svg[aria-hidden="true"] path[fill-rule="evenodd"]');
  await expect(icon).toBeVisible();
  expect((await icon.boundingBox())!.width).toBeGreaterThan(16);
  expect(server.requests.filter((p) => p.startsWith('/dist/chunks/')).slice(before)).toEqual([]);
  const box = (await floating.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.x).toBeLessThan(100);
  await floating.click();
  await expect(dialog(page).getByRole('switch', { name: 'Statistics' })).toBeChecked();
  await button(dialog(page), 'reject').click(); // two clicks to withdraw: open, Reject all (accepting later is open, Accept all)
  await expect.poll(() => consentState(page)).toEqual({ decided: true, categories: { necessary: true, analytics: false, marketing: false } });
  await expect.poll(() => server.records.map((r) => r.action)).toEqual(['accept_all', 'withdraw']);
  expect(server.records[1]).toMatchObject({ layer: 'preferences' });
  await expect(floating).toBeFocused();
});

test('consent.showPreferences() opens the dialog with the stored state', async ({ page }) => {
  await page.goto(pageUrl(server));
  await button(banner(page), 'reject').click();
  await page.evaluate(() => window.consentry!.showPreferences());
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('switch', { name: 'Statistics' })).not.toBeChecked();
  await button(dialog(page), 'accept').click();
  await expect.poll(async () => (await consentState(page)).categories.analytics).toBe(true);
});

test('the language switch changes the texts, the lang attribute and the locale in the record', async ({ page }) => {
  await page.goto(pageUrl(server, { seed: 'cmachines', lang: 'en' }));
  await banner(page).getByRole('combobox', { name: 'Language' }).selectOption('hi');
  await expect(banner(page).getByRole('heading')).toHaveText('कुकीज़ और आपका डेटा');
  await expect(page.locator('consentry-widget .root')).toHaveAttribute('lang', 'hi');
  await button(banner(page), 'reject').click();
  // Waited for by the record itself: right after the click the outbox is empty too (the decision is on its way).
  await expect.poll(() => server.records.length).toBe(1);
  expect(server.records[0]).toMatchObject({ action: 'reject_all', locale: 'hi' });
});

test('a language switch in the settings also switches the banner behind them: closed undecided, the banner is in the language the records would carry', async ({ page }) => {
  await page.goto(pageUrl(server, { seed: 'cmachines', lang: 'en' }));
  await button(banner(page), 'settings').click();
  await dialog(page).getByRole('combobox').selectOption('hi');
  await expect(dialog(page).getByRole('heading', { level: 2 })).not.toHaveText('Privacy settings');
  await dialog(page).press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(banner(page).getByRole('heading')).toHaveText('कुकीज़ और आपका डेटा');
  await expect(page.locator('consentry-widget .root').first()).toHaveAttribute('lang', 'hi');
  await expect(banner(page).getByRole('combobox', { name: /./ })).toHaveValue('hi');
  await button(banner(page), 'reject').click();
  await expect.poll(() => server.records.map((r) => [r.action, r.locale])).toEqual([['reject_all', 'hi']]);
});

test('a language switch in the settings keeps the switches not yet saved', async ({ page }) => {
  // Review: the dialog was remounted in the new language and rebuilt its switches from the stored state.
  await page.goto(pageUrl(server, { seed: 'infomaximum', lang: 'ru' }));
  await button(banner(page), 'settings').click();
  await dialog(page).locator('#cs-svc-yandex-metrica').check();
  await dialog(page).getByRole('combobox').selectOption('en');
  await expect(dialog(page).getByRole('heading', { level: 2 })).toHaveText('Privacy settings');
  await expect(dialog(page).getByRole('switch', { name: 'Statistics' })).toBeChecked();
  await expect(dialog(page).locator('#cs-svc-yandex-metrica')).toBeChecked();
  await expect(dialog(page).locator('#cs-svc-google-analytics')).not.toBeChecked();
  await button(dialog(page), 'save').click();
  await expect.poll(() => server.records.length).toBe(1);
  expect(server.records[0]).toMatchObject({ action: 'custom', locale: 'en', categories: { analytics: true, marketing: false }, services: { 'yandex-metrica': true, 'google-analytics': false } });
});

test('a decision in another tab hides this tab’s banner', async ({ page, context }) => {
  await page.goto(pageUrl(server));
  await expect(banner(page)).toBeVisible();
  const other = await context.newPage();
  await other.goto(pageUrl(server));
  await button(banner(other), 'accept').click();
  await other.waitForFunction(() => window.consentry?.state.decided === true); // stored (after its turn across tabs)
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event('focus'))); // the core re-reads the cookie on focus
  await expect(banner(page)).toHaveCount(0);
  expect(await consentCookie(page)).toBeDefined();
});

test('after a withdrawal the gate can suggest a reload: an accessible notice offers it', async ({ page }) => {
  // A live region is announced when its content changes: one inserted already filled is not, by
  // some screen readers (review). Record what each status says when it reaches the page.
  await page.addInitScript(() => {
    const atInsert: string[] = ((window as unknown as { statusAtInsert: string[] }).statusAtInsert = []);
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) for (const s of n.querySelectorAll('[role=status]')) atInsert.push(s.textContent ?? '');
      }).observe(root, { childList: true, subtree: true });
      return root;
    };
  });
  await page.goto(pageUrl(server));
  await button(banner(page), 'accept').click();
  // The gate says it once the decision is made (here, the core that makes it has just come).
  await page.waitForFunction(() => window.consentry?.state.decided === true);
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('consentry:reload-suggested')));
  const notice = page.locator('consentry-widget [data-consentry=reload]');
  await expect(notice.getByRole('status')).toHaveText('Your choice is saved. Reload the page so it takes full effect.');
  expect(await page.evaluate(() => (window as unknown as { statusAtInsert: string[] }).statusAtInsert)).toEqual(['']); // empty, then filled
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('consentry:reload-suggested')));
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload page' }).click()]);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
});
