import { expect, test } from '@playwright/test';
import { banner, button, consentState, dialog, expectNoDecision, pageUrl, startWidgetServer, widgetRoot, type WidgetServer } from './support';

let server: WidgetServer;
test.use({ reducedMotion: 'reduce' }); // geometry is measured: no slide-in under way
test.beforeAll(async () => (server = await startWidgetServer()));
test.afterAll(() => server.close());

const PAGES = [
  { lang: 'en', seed: 'example', title: 'Cookies and your data', accept: 'Accept all', reject: 'Reject all' },
  { lang: 'ru', seed: 'infomaximum', title: 'Cookie и ваши данные', accept: 'Принять все', reject: 'Отклонить все' },
  { lang: 'hi', seed: 'cmachines', title: 'कुकीज़ और आपका डेटा', accept: 'सभी स्वीकार करें', reject: 'सभी अस्वीकार करें' },
];

for (const p of PAGES) {
  test(`a first visit shows the banner in the page's language (${p.lang})`, async ({ page }) => {
    await page.goto(pageUrl(server, { seed: p.seed, lang: p.lang }));
    const region = page.getByRole('region', { name: p.title });
    await expect(region).toBeVisible();
    await expect(widgetRoot(page)).toHaveAttribute('lang', p.lang);
    await expect(page.locator('consentry-widget')).toHaveAttribute('lang', p.lang);
    await expect(region.getByRole('button', { name: p.accept, exact: true })).toBeVisible();
    await expect(region.getByRole('button', { name: p.reject, exact: true })).toBeVisible();
    await expectNoDecision(page);
  });
}

test('the Russian banner with Google Analytics warns about the transfer abroad', async ({ page }) => {
  await page.goto(pageUrl(server, { seed: 'infomaximum', lang: 'ru' }));
  // Issue 10: one template per language around the names (reworded from «ваши данные будут переданы…»).
  await expect(banner(page).locator('[data-line=cross-border]')).toHaveText('С вашего согласия — трансграничная передача данных: Google LLC (США).');
  await expect(banner(page).getByRole('link', { name: 'Политика конфиденциальности' })).toHaveAttribute('href', 'https://proceset.infomaximum.com/privacy-policy.en.pdf');
});

test('the Indian banner says how to withdraw, where to complain and whom to ask', async ({ page }) => {
  await page.goto(pageUrl(server, { seed: 'cmachines', lang: 'en' }));
  // Issue 10: the first layer says how to withdraw in its own words (the policy's text is the
  // dialog's) and gives the contact as text: links there would come before Reject all in Tab order.
  // DPDP s.13(3): the grievance contact first (as text), then the Board.
  await expect(banner(page).locator('[data-line=complain]')).toHaveText('Complaints: to us first (info@clever-machines.in), then to the Data Protection Board of India.');
  await expect(banner(page).locator('[data-line=withdraw]')).toContainText('cookie settings');
  await expect(banner(page).locator('[data-line=age]')).toHaveText('You must be 18 or older to agree.');
  await expect(banner(page).locator('[data-line=under-age]')).toHaveText('I’m under 18');
});

test('Accept all and Reject all are equal in size, weight and colour, side by side', async ({ page }) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(pageUrl(server));
    const accept = button(banner(page), 'accept');
    const reject = button(banner(page), 'reject');
    const [a, r] = [(await accept.boundingBox())!, (await reject.boundingBox())!];
    expect(Math.abs(a.width - r.width)).toBeLessThan(1);
    expect(Math.abs(a.height - r.height)).toBeLessThan(1);
    expect(Math.abs(a.y - r.y)).toBeLessThan(1); // same row
    const look = (l: typeof accept) => l.evaluate((el) => ['color', 'background-color', 'font-weight', 'font-size', 'border-color'].map((p) => getComputedStyle(el).getPropertyValue(p)));
    expect(await look(accept)).toEqual(await look(reject));
    for (const box of [a, r]) expect(box.height).toBeGreaterThanOrEqual(24);
  }
});

test('Escape and the close button hide the banner without storing anything; it is back on the next page', async ({ page }) => {
  await page.goto(pageUrl(server));
  await button(banner(page), 'accept').focus();
  await page.keyboard.press('Escape');
  await expect(banner(page)).toHaveCount(0);
  await expectNoDecision(page);
  await page.reload();
  await expect(banner(page)).toBeVisible();
  await banner(page).getByRole('button', { name: 'Close without choosing' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expectNoDecision(page);
  expect(server.records.filter((r) => r.origin === server.url && r.action === 'accept_all')).toHaveLength(0);
});

test('Escape and the close button in the dialog store nothing', async ({ page }) => {
  await page.goto(pageUrl(server));
  await button(banner(page), 'settings').click();
  await dialog(page).getByRole('switch', { name: 'Statistics' }).check();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expectNoDecision(page);
  await button(banner(page), 'settings').click();
  await expect(dialog(page).getByRole('switch', { name: 'Statistics' })).not.toBeChecked(); // the draft was dropped
  await dialog(page).getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(banner(page)).toBeVisible();
  await expectNoDecision(page);
});

test('nothing is pre-ticked; necessary is shown on and cannot be switched off', async ({ page }) => {
  await page.goto(pageUrl(server));
  await button(banner(page), 'settings').click();
  const switches = dialog(page).getByRole('switch');
  await expect(switches).toHaveCount(5); // a switch per category and, since issue 10, per service
  for (const name of ['Stats', 'Ads']) await expect(dialog(page).getByRole('switch', { name, exact: true })).not.toBeChecked();
  await expect(dialog(page).getByRole('switch', { name: 'Necessary' })).toBeChecked();
  await expect(dialog(page).getByRole('switch', { name: 'Necessary' })).toBeDisabled();
  await expect(dialog(page).getByRole('switch', { name: 'Statistics' })).not.toBeChecked();
  await expect(dialog(page).getByRole('switch', { name: 'Marketing' })).not.toBeChecked();
  expect((await consentState(page)).decided).toBe(false);
});

test('a bad config.ui value fails the whole config closed, in the core style: no banner, nothing granted', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(pageUrl(server, { ui: JSON.stringify({ layout: 'popup', floatingButton: 'top', texts: { en: { acceptAl: 'OK' } } }) }));
  await expect.poll(() => errors.join('\n')).toContain('\n  config.ui.layout: got "popup"; expected one of "bar", "box", "modal"');
  expect(errors.join('\n')).toContain('\n  config.ui.floatingButton: got "top"; expected false or one of "bottom-left", "bottom-right"');
  expect(errors.join('\n')).toContain('\n  config.ui.texts.en.acceptAl: got "OK"; expected a known text name');
  expect(await page.evaluate(() => [window.consentry!.ok, window.consentry!.allowed('analytics')])).toEqual([false, false]);
  await expect(page.locator('consentry-widget')).toHaveCount(0);
});

test('texts can be overridden per language from config.ui.texts', async ({ page }) => {
  await page.goto(pageUrl(server, { seed: 'infomaximum', lang: 'ru', ui: JSON.stringify({ texts: { ru: { acceptAll: 'Согласен со всем' } } }) }));
  await expect(button(banner(page), 'accept')).toHaveText('Согласен со всем');
});

test('the site stylesheet does not reach into the widget, nor ours out of it', async ({ page }) => {
  await page.goto(pageUrl(server));
  const font = await button(banner(page), 'accept').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).not.toContain('Comic Sans');
  const pageButton = await page.locator('#first-button').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(pageButton).toBe('rgb(255, 105, 180)'); // hotpink, from the site's CSS
});

test('no animation under prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(pageUrl(server));
  expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('cs-in');
});

test('the banner slides in but is never transparent: readable in the first frame it is drawn', async ({ page }) => {
  await page.goto(pageUrl(server));
  // Its keyframes, read from the sheet: the animation itself is over by the time the test looks.
  const keyframes = await banner(page).evaluate((el) =>
    (el.getRootNode() as ShadowRoot).adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule]))
      .filter((rule): rule is CSSKeyframesRule => rule instanceof CSSKeyframesRule && rule.name === 'cs-in')
      .map((rule) => rule.cssText),
  );
  expect(keyframes).toHaveLength(1);
  expect(keyframes[0]).toContain('translate');
  expect(keyframes[0]).not.toContain('opacity');
});

test('the blocking layout is a modal dialog that still offers Reject all on the first layer', async ({ page }) => {
  await page.goto(pageUrl(server, { layout: 'modal' }));
  const modal = page.getByRole('dialog', { name: 'Cookies and your data' });
  await expect(modal).toBeVisible();
  await expect(modal.getByRole('button', { name: 'Reject all' })).toBeVisible();
  // Centred in the window, with the box's padding, not pinned to the bottom like the bar.
  for (const [width, height] of [[1280, 800], [360, 740]] as const) {
    await page.setViewportSize({ width, height });
    await expect
      .poll(async () => {
        const box = (await modal.boundingBox())!;
        const padding = await modal.evaluate((el) => getComputedStyle(el).paddingLeft);
        return [Math.abs(box.x + box.width / 2 - width / 2) <= 1, Math.abs(box.y + box.height / 2 - height / 2) <= 1, box.width <= 416, parseFloat(padding) <= 16];
      })
      .toEqual([true, true, true, true]);
  }
  await page.keyboard.press('Escape');
  await expect(modal).toBeVisible(); // Escape is not a choice, and this layout waits for one
  await expectNoDecision(page);
  await modal.getByRole('button', { name: 'Reject all' }).click();
  await expect(modal).toHaveCount(0);
  await expect.poll(async () => (await consentState(page)).decided).toBe(true);
});

test('the blocking layout closed by the browser (Chromium, at a later Escape) is closed as ×: nothing stored, the page usable, the floating button the way back', async ({ page }) => {
  await page.goto(pageUrl(server, { layout: 'modal', floating: 'bottom-right' }));
  const modal = page.getByRole('dialog', { name: 'Cookies and your data' });
  await expect(modal).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(modal).toBeVisible();
  // The browser's escape hatch: a later Escape is no longer ours to refuse (the second or the
  // third, as the page's user activation goes).
  for (let i = 0; i < 5 && (await banner(page).count()); i++) await page.keyboard.press('Escape');
  await expect(banner(page)).toHaveCount(0);
  await expectNoDecision(page);
  const reopen = page.locator('consentry-reopen').getByRole('button');
  await expect(reopen).toBeVisible();
  await reopen.click();
  await expect(dialog(page)).toBeVisible();
  await button(dialog(page), 'reject').click();
  await expect.poll(async () => (await consentState(page)).decided).toBe(true);
});

test('with Global Privacy Control the banner says which categories stay off', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.goto(pageUrl(server));
  await expect(banner(page).locator('[data-line=gpc]')).toHaveText('Your browser sent a Global Privacy Control signal, so we keep “Marketing” off.'); // reworded in issue 10: right for one category or several
});
