import { expect, test } from '@playwright/test';
import { banner, dialog, pageUrl, startWidgetServer, type WidgetServer } from './support';

let server: WidgetServer;
test.beforeAll(async () => (server = await startWidgetServer()));
test.afterAll(() => server.close());

const violations = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

test('under a strict CSP (script nonce, style-src self) the widget loads, styles itself and violates nothing', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const response = await page.goto(pageUrl(server, { csp: 'strict', floating: 'bottom-right' }));
  expect(response!.headers()['content-security-policy']).toContain("style-src 'self'");

  // The chunk came through import() from the nonce'd classic script: it inherits the nonce.
  await expect(banner(page)).toBeVisible();
  expect(server.chunkRequests()).toBeGreaterThan(0);
  // Styled: the adopted stylesheet applied (a blocked <style> would leave the button unstyled).
  expect(await banner(page).locator('[data-action=accept]').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(29, 78, 216)');
  await banner(page).locator('[data-action=settings]').click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).locator('details summary').first().click();
  await dialog(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(page.getByRole('button', { name: 'Cookie settings' })).toBeVisible(); // the floating button, styled the same way

  const styleAttributes = await page.evaluate(() => {
    const roots: Array<Document | ShadowRoot> = [document];
    for (const host of document.querySelectorAll('consentry-widget, consentry-reopen')) roots.push(host.shadowRoot!);
    return roots.reduce((n, root) => n + root.querySelectorAll('[style], style').length, 0);
  });
  expect(styleAttributes).toBe(0);
  expect(await violations(page)).toEqual([]);
  expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);

  // The listener works: a real inline <style> on this page is reported (so the empty list above means something).
  await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'body{color:red}' })));
  await expect.poll(() => violations(page)).toContainEqual(expect.stringContaining('style-src'));
});
