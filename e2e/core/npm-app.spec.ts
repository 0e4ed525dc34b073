import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { startAppServer, type AppServer } from '../support/app-server';
import { networkQuiet } from '../support/network-quiet';
import { banner, button, dialog } from '../widget/support';

/**
 * A plain npm app (no framework), bundled by esbuild with code splitting from this build's
 * dist/esm as package.json `exports` name it: `createConsent` + `mountUi`, with the examples'
 * config. A browser's first page fetches the config's checker as a chunk of its own; once the
 * config is checked, later pages start at once from what was kept, without that chunk.
 */
const APP = `
import { createConsent } from 'consentry';
import { mountUi } from 'consentry/ui';
import { config } from ${JSON.stringify(resolve('examples/shared/config.ts'))};
const consent = createConsent(config);
window.atStart = { config: consent.config !== null, analytics: consent.allowed('analytics') };
consent.when('analytics', () => void fetch('/collect'));
Object.assign(window, { consent, ui: mountUi(consent) });
if (location.search === '?settings') consent.showPreferences();
`;

let out: string;
let server: AppServer;
/** The chunk esbuild wrote with the config's checker in it. */
let checkerChunk: string;
/** The chunk esbuild wrote with what a decision needs (records, delivery). */
let decisionsChunk: string;
/** The files the app's entry imports statically: what every page downloads. */
let upFront: string[];
const pageviews = () => server.pageviews();
const checkerFetches = () => server.requests.filter((path) => path === `/${checkerChunk}`).length;

test.beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'consentry-npm-app-'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  writeFileSync(join(out, 'app.ts'), APP);
  const result = await build({
    absWorkingDir: out,
    entryPoints: [join(out, 'app.ts')],
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'consentry-from-dist',
        setup(b) {
          b.onResolve({ filter: /^consentry(\/|$)/ }, (args) => {
            const subpath = args.path === 'consentry' ? '.' : `./${args.path.slice('consentry/'.length)}`;
            return { path: resolve(pkg.exports[subpath].default) };
          });
        },
      },
    ],
  });
  const outputs = Object.entries(result.metafile.outputs);
  checkerChunk = basename(outputs.find(([, o]) => Object.keys(o.inputs).some((i) => i.endsWith('internal/core/checked-config.js')))![0]);
  decisionsChunk = basename(outputs.find(([, o]) => Object.keys(o.inputs).some((i) => i.endsWith('core/decisions.js')))![0]);
  const entry = outputs.find(([, o]) => o.entryPoint === 'app.ts')![1];
  upFront = ['app.js', ...entry.imports.filter((i) => i.kind === 'import-statement').map((i) => basename(i.path))];
  writeFileSync(join(out, 'index.html'), '<!doctype html><html lang="en"><title>App</title><main><h1>An app</h1></main><script type="module" src="/app.js"></script></html>');
  server = await startAppServer(out);
});
test.afterAll(() => server?.dispose());
test.beforeEach(() => void (server.requests.length = 0));

test('first page: the checker is a chunk, the banner shows once it has run; after Accept the next page starts at once without it', async ({ page }) => {
  expect(upFront).not.toContain(checkerChunk);

  await page.goto(`${server.url}/`);
  await expect(banner(page)).toBeVisible();
  expect(await page.evaluate(() => (window as { atStart?: unknown }).atStart)).toEqual({ config: false, analytics: false });
  expect(checkerFetches()).toBe(1);
  await button(banner(page), 'accept').click();
  await expect.poll(pageviews).toBe(1);
  // The kept config is written in a task after the start.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('consentry.configs'))).not.toBeNull();

  server.requests.length = 0;
  await page.reload();
  await expect.poll(pageviews).toBe(1);
  expect(await page.evaluate(() => (window as { atStart?: unknown }).atStart)).toEqual({ config: true, analytics: true });
  await networkQuiet(page);
  expect(checkerFetches()).toBe(0);
  await expect(banner(page)).toHaveCount(0);
});

test('a visitor who has not decided still gets the banner on every page (the checker comes with it)', async ({ page }) => {
  await page.goto(`${server.url}/`);
  await expect(banner(page)).toBeVisible();
  await page.reload();
  await expect(banner(page)).toBeVisible();
  expect(pageviews()).toBe(0);
});

test('showPreferences() right after mountUi opens the settings, while the config is being checked and once it is kept', async ({ page }) => {
  await page.goto(`${server.url}/?settings`);
  await expect(dialog(page)).toBeVisible();
  expect(checkerFetches()).toBe(1);
  await button(dialog(page), 'reject').click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('consentry.configs'))).not.toBeNull();
  server.requests.length = 0;
  await page.reload();
  await expect(dialog(page)).toBeVisible();
  expect(checkerFetches()).toBe(0);
  expect(pageviews()).toBe(0);
});

test('an app that unmounts the widget while a click waits for what a decision needs: that choice is not made', async ({ page }) => {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route(`**/${decisionsChunk}`, async (route) => (await released, route.continue()));
  await page.goto(`${server.url}/`);
  await button(banner(page), 'accept').click();
  await expect(banner(page)).toHaveCount(0); // the click took the banner away; the choice waits
  await page.evaluate(() => (window as unknown as { ui: { destroy(): void } }).ui.destroy());
  release();
  await expect.poll(() => server.requests.filter((path) => path === `/${decisionsChunk}`).length).toBeGreaterThan(0);
  await networkQuiet(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { consent: { state: { decided: boolean } } }).consent.state.decided)).toBe(false);
  expect(pageviews()).toBe(0);
});
