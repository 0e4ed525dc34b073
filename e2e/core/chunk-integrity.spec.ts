import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { renderPage, shopConfig } from '../fixtures/gating/site';
import { pageHandler } from '../gating/pages';
import { chunkNamed, chunkWith } from '../support/chunks';
import type { Handler } from '../support/server';
import { startServer, type TestServer } from '../support/server';
import { routeTrackers, shopTestLaunchOptions, trackerCookies, trackerStorage, type Trackers } from '../support/trackers';
import { networkQuiet } from '../support/network-quiet';

// A chunk changed after the build (on a CDN, or by anyone on the way), served at its own URL:
// consentry.js loads every chunk with the sha256 the build wrote into it, so the browser refuses
// to run the changed file. The page says so in the console, and nothing optional runs: no gated
// script, no tracker request, no decision stored. Google and Yandex are configured, with a
// gated inline script, on a shop at www.shop.test (see e2e/gating).
test.use({ launchOptions: shopTestLaunchOptions() });

/** Chunks to serve changed, by file (`chunks/decide.<hash>.js`), and how. */
const tampered = new Map<string, (original: Buffer) => Buffer>();

/** Runs first, if the changed chunk runs at all: that is what the tests look for. */
const MARK = 'window.__consentryTampered=(window.__consentryTampered||[]).concat(document.currentScript&&document.currentScript.src);';
const prepend = (original: Buffer) => Buffer.concat([Buffer.from(MARK), original]);
/** One byte changed, in the second half of the file: nothing else differs, not even the length. */
const oneByte = (original: Buffer) => {
  const changed = Buffer.from(original);
  const at = changed.indexOf('"', Math.floor(changed.length / 2)) + 1;
  changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
  return changed;
};

const tamper: Handler = (req, res) => {
  const path = (req.url ?? '').split('?')[0]!;
  const change = tampered.get(path.replace(/^\/dist\//, ''));
  if (!change) return false;
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(change(readFileSync(join(process.cwd(), path))));
  return true;
};

let server: TestServer;
const pages = new Map<string, string>();
test.beforeAll(async () => {
  server = await startServer({ handlers: [pageHandler(pages), tamper] });
});
test.afterAll(() => server.close());

let trackers: Trackers;
let errors: string[];
test.beforeEach(async ({ context, page }) => {
  tampered.clear();
  server.requests.length = 0;
  trackers = await routeTrackers(context);
  errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
});

/** A first visit: the config not checked in this browser yet, nothing decided. */
async function open(page: Page, config = shopConfig()): Promise<void> {
  const path = `/shop/${test.info().testId}.html`;
  pages.set(path, renderPage({ config, body: '<script type="text/plain" data-category="analytics">window.__gatedRan = true;</script>' }));
  await page.goto(`http://www.shop.test:${server.port}${path}`);
  await page.waitForFunction(() => window.consentry !== undefined);
}

/** The changed chunk was asked for, never ran, was reported, and nothing optional ran. */
async function expectRefused(page: Page, file: string): Promise<void> {
  await networkQuiet(page);
  expect(server.requests).toContain(`/dist/${file}`);
  await expect.poll(() => errors.filter((e) => e.startsWith('[consentry]') && e.includes(`could not load http://www.shop.test:${server.port}/dist/${file}`))).toHaveLength(1);
  expect(await page.evaluate(() => (window as unknown as { __consentryTampered?: unknown }).__consentryTampered)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __gatedRan?: boolean }).__gatedRan)).toBeUndefined();
  expect(await page.evaluate(() => ({ decided: window.consentry!.state.decided, analytics: window.consentry!.allowed('analytics'), marketing: window.consentry!.allowed('marketing') }))).toEqual({
    decided: false,
    analytics: false,
    marketing: false,
  });
  expect((await page.context().cookies()).find((c) => c.name === 'consentry')).toBeUndefined();
  expect(trackers.requests).toEqual([]);
  expect(trackers.strays).toEqual([]);
  expect(await trackerCookies(page.context())).toEqual([]);
  expect(await trackerStorage(page)).toEqual([]);
}

test('the validator chunk changed: it does not run, Consentry fails closed and says so, nothing optional runs', async ({ page }) => {
  const { file } = chunkWith('validate');
  tampered.set(file, prepend);
  await open(page);
  await expectRefused(page, file);
  expect(await page.evaluate(() => window.consentry!.ok)).toBe(false);
  expect(errors.join('\n')).toContain('[consentry] could not start, so nothing optional will run (failing closed)');
  await page.evaluate(() => window.consentry!.acceptAll());
  await expectRefused(page, file); // refused: an instance that failed grants nothing
});

test('the first visit\'s file in the visitor\'s language changed (Russian: the checker, the banner and its words): it does not run, no banner, Consentry fails closed', async ({ page }) => {
  const { file } = chunkWith('texts-ru');
  expect(file).toMatch(/^chunks\/first-ru\./);
  expect(file).not.toBe(chunkWith('validate').file); // the English one is listed first
  tampered.set(file, prepend);
  await open(page, shopConfig({ language: { default: 'ru', available: ['ru'] } }));
  await expectRefused(page, file);
  // Only that file, and the console's words that say so: not the English one.
  expect(server.requests.filter((r) => r.startsWith('/dist/chunks/'))).toEqual([`/dist/${file}`, `/dist/${chunkWith('messages').file}`]);
  expect(await page.evaluate(() => window.consentry!.ok)).toBe(false);
  await expect(page.locator('[data-consentry="banner"]')).toHaveCount(0);
});

test('the decisions chunk changed: a returning visitor who decides again stores nothing, starts nothing more, and is told why', async ({ page }) => {
  // The decisions are never in the file with the banner: a banner left alone does not need them.
  const { file } = chunkWith('decisions');
  expect(file).not.toBe(chunkWith('banner').file);
  await open(page);
  await page.evaluate(() => window.consentry!.rejectAll());
  const stored = (await page.context().cookies()).find((c) => c.name === 'consentry')!.value;
  tampered.set(file, prepend);
  server.requests.length = 0;
  await page.reload();
  await page.waitForFunction(() => window.consentry !== undefined);
  expect(server.requests.filter((r) => r.startsWith('/dist/'))).toEqual(['/dist/consentry.js']);
  errors.length = 0;
  await page.evaluate(() => window.consentry!.acceptAll().catch(() => {}));
  await expect.poll(() => errors.join('\n')).toContain('[consentry] could not load what decisions need');
  expect(errors.join('\n')).toContain('the choice was not stored');
  expect(server.requests).toContain(`/dist/${file}`);
  expect(await page.evaluate(() => (window as unknown as { __consentryTampered?: unknown }).__consentryTampered)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __gatedRan?: boolean }).__gatedRan)).toBeUndefined();
  expect(await page.evaluate(() => ({ decided: window.consentry!.state.decided, analytics: window.consentry!.allowed('analytics') }))).toEqual({ decided: true, analytics: false });
  expect((await page.context().cookies()).find((c) => c.name === 'consentry')!.value).toBe(stored);
  await networkQuiet(page);
  expect(trackers.requests).toEqual([]);
  expect(await trackerCookies(page.context())).toEqual([]);
});

test("the dialog's file changed (pinned by the core's file, which names it): the settings do not open, the console says why, the choice stays", async ({ page }) => {
  const file = chunkNamed('dialog-en');
  expect(file).not.toBe(chunkWith('decisions').file);
  await open(page);
  await page.evaluate(() => window.consentry!.rejectAll());
  const stored = (await page.context().cookies()).find((c) => c.name === 'consentry')!.value;
  tampered.set(file, prepend);
  server.requests.length = 0; // the first visit fetched the core for its decision
  await page.reload();
  await page.waitForFunction(() => window.consentry?.config !== null);
  server.requests.length = 0;
  errors.length = 0;
  await page.evaluate(() => window.consentry!.showPreferences());
  await expect.poll(() => errors.join('\n')).toContain(`could not load http://www.shop.test:${server.port}/dist/${file}`);
  // The decisions' file and the dialog's side by side (the core names both), each once; no first visit's file for the words.
  const fetched = server.requests.filter((r) => r.startsWith('/dist/chunks/'));
  expect(fetched.filter((r) => r.includes('/decide.') || r.includes('/dialog-')).sort()).toEqual([`/dist/${chunkWith('decisions').file}`, `/dist/${file}`]);
  expect(fetched.filter((r) => /\/(first|checked)-/.test(r))).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __consentryTampered?: unknown }).__consentryTampered)).toBeUndefined();
  await expect(page.locator('consentry-widget dialog.prefs')).toHaveCount(0);
  expect((await page.context().cookies()).find((c) => c.name === 'consentry')!.value).toBe(stored);
  expect(await page.evaluate(() => window.consentry!.allowed('analytics'))).toBe(false);
  expect(trackers.requests).toEqual([]);
});

test("the consent document's file changed (152-FZ), and fails before `decide` is here: the settings do not open, it is asked for once and told once", async ({ page }) => {
  const file = chunkNamed('consent-document');
  await open(page);
  await page.evaluate(() => window.consentry!.rejectAll());
  tampered.set(file, prepend);
  await page.reload();
  await page.waitForFunction(() => window.consentry?.config !== null);
  // `decide` comes well after the document's file has failed: the dialog must not ask for it again.
  await page.route(/\/chunks\/decide\./, async (route) => {
    await new Promise((done) => setTimeout(done, 700));
    await route.continue();
  });
  server.requests.length = 0;
  errors.length = 0;
  await page.evaluate(() => window.consentry!.showPreferences());
  await expect.poll(() => server.requests.some((r) => r.includes('/decide.'))).toBe(true);
  await networkQuiet(page);
  await expect.poll(() => errors.filter((e) => e.startsWith('[consentry]') && e.includes(`/dist/${file}`))).toHaveLength(1);
  // One attempt: the browser refuses each one in the console (a second may come from its cache).
  expect(errors.filter((e) => e.includes("'integrity'") && e.includes(`/dist/${file}`))).toHaveLength(1);
  expect(server.requests.filter((r) => r === `/dist/${file}`)).toHaveLength(1);
  expect(await page.evaluate(() => (window as unknown as { __consentryTampered?: unknown }).__consentryTampered)).toBeUndefined();
  await expect(page.locator('consentry-widget dialog.prefs')).toHaveCount(0);
  expect(trackers.requests).toEqual([]);
});

test("the core's file changed: a returning page still runs from its plan, and a decision settles, stores nothing and says why", async ({ page }) => {
  const { file } = chunkWith('core');
  expect(file).toMatch(/^chunks\/core\./);
  await open(page);
  await page.evaluate(() => window.consentry!.acceptAll());
  await expect.poll(() => page.evaluate(() => localStorage.getItem('consentry.plan') !== null)).toBe(true);
  const stored = (await page.context().cookies()).find((c) => c.name === 'consentry')!.value;
  tampered.set(file, prepend);
  server.requests.length = 0; // the first visit fetched the core for its decision
  await page.reload();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __gatedRan?: boolean }).__gatedRan)).toBe(true);
  expect(server.requests).not.toContain(`/dist/${file}`);
  errors.length = 0;
  // Settles (it does not wait forever for a core that will not come), stores nothing, says why.
  await page.evaluate(() => window.consentry!.rejectAll());
  await expect
    .poll(() => errors.join('\n'))
    .toContain(`could not load http://www.shop.test:${server.port}/dist/${file} (blocked, changed since the build, or not found); the settings, decisions and other tabs’ choices need it.`);
  expect(await page.evaluate(() => (window as unknown as { __consentryTampered?: unknown }).__consentryTampered)).toBeUndefined();
  expect((await page.context().cookies()).find((c) => c.name === 'consentry')!.value).toBe(stored);
  expect(await page.evaluate(() => ({ ok: window.consentry!.ok, analytics: window.consentry!.allowed('analytics') }))).toEqual({ ok: true, analytics: true });
});

test('one byte changed (same length) is refused the same way', async ({ page }) => {
  const { file } = chunkWith('banner');
  tampered.set(file, oneByte);
  const original = readFileSync(join(process.cwd(), 'dist', file));
  const changed = oneByte(original);
  expect(changed.length).toBe(original.length);
  expect(changed.filter((byte, i) => byte !== original[i]).length).toBe(1);
  await open(page);
  await expectRefused(page, file);
  await expect(page.locator('[data-consentry="banner"]')).toHaveCount(0);
});

test('control: the same pages with untouched chunks show the banner, and Accept all starts the gated script and the trackers', async ({ page }) => {
  await open(page);
  const banner = page.locator('[data-consentry="banner"]');
  await banner.locator('[data-action=accept]').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __gatedRan?: boolean }).__gatedRan)).toBe(true);
  await expect.poll(() => trackers.requests.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
