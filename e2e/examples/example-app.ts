import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startAppServer, type AppServer } from '../support/app-server';
import { banner, button, dialog } from '../widget/support';
import { networkQuiet } from '../support/network-quiet';

/**
 * The example app in examples/<name>, built with Vite against this build of the package (run
 * `npm run build` first) and served statically: what a developer who copies it gets. The same
 * visit for React and Vue: the banner, Accept runs the gated analytics call and shows the embed
 * without a reload, withdrawing hides it again.
 */
export function exampleAppTests(name: 'react' | 'vue'): void {
  let out: string;
  let server: AppServer;
  const pageviews = () => server.pageviews();
  /** The config's checker, which the adapters import lazily, as createConsent does. */
  const checker = /^\/assets\/checked-config-[\w-]+\.js$/;

  test.beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), `consentry-example-${name}-`));
    const { build } = await import('vite');
    await build({ root: resolve('examples', name), logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
    server = await startAppServer(out);
  });
  test.afterAll(() => server?.dispose());
  test.beforeEach(() => void (server.requests.length = 0));
  test.use({ reducedMotion: 'reduce' });

  test(`${name}: the banner; Accept runs the analytics call and shows the video without a reload; withdrawing hides it`, async ({ page }) => {
    const video = page.locator('iframe[title="Product video"]');
    const statistics = page.locator('#statistics');
    const footer = page.locator('footer');
    await page.goto(`${server.url}/`);
    await expect(banner(page)).toBeVisible();
    await expect(statistics).toHaveText('Statistics are off.');
    await expect(page.getByRole('button', { name: 'Load the video' })).toBeVisible();
    await expect(video).toHaveCount(0);
    // The config's checker is a chunk of its own, fetched on this first page (nothing is kept yet).
    expect(server.requests.filter((path) => checker.test(path))).toHaveLength(1);
    await page.evaluate(() => ((window as { samePage?: boolean }).samePage = true));

    await button(banner(page), 'accept').click();
    await expect(video).toBeVisible();
    await expect(statistics).toHaveText('Statistics are on.');
    await expect.poll(pageviews).toBe(1);

    // Withdrawn in the preferences dialog, opened by <ConsentSettingsLink>.
    await footer.getByRole('button', { name: 'Cookie settings' }).click();
    await button(dialog(page), 'reject').click();
    await expect(video).toHaveCount(0);
    await expect(statistics).toHaveText('Statistics are off.');

    // The placeholder grants the video alone; statistics stay off.
    await page.getByRole('button', { name: 'Load the video' }).click();
    await expect(video).toBeVisible();
    await expect(statistics).toHaveText('Statistics are off.');

    // withdraw() from useConsent().
    await footer.getByRole('button', { name: 'Withdraw consent' }).click();
    await expect(video).toHaveCount(0);
    expect(pageviews()).toBe(1);
    expect(await page.evaluate(() => (window as { samePage?: boolean }).samePage)).toBe(true);
  });

  test(`${name}: a returning visitor who accepted gets no banner, the video and the page view at once`, async ({ page }) => {
    await page.goto(`${server.url}/`);
    await button(banner(page), 'accept').click();
    await expect.poll(pageviews).toBe(1);
    const firstPage = server.requests.length;
    await page.reload();
    await expect(page.locator('iframe[title="Product video"]')).toBeVisible();
    await expect.poll(pageviews).toBe(2);
    await networkQuiet(page); // the widget's module has arrived and mounted
    expect(server.requests.some((path) => /^\/assets\/ui-.*\.js$/.test(path))).toBe(true);
    // Started from the config this browser kept: the checker is not fetched again.
    expect(server.requests.slice(firstPage).filter((path) => checker.test(path))).toEqual([]);
    await expect(banner(page)).toHaveCount(0);
    // The floating button, whose code the app fetches once the widget mounts with it configured, opens the settings.
    await page.locator('consentry-reopen').getByRole('button', { name: 'Cookie settings' }).click();
    await expect(dialog(page)).toBeVisible();
  });
}
