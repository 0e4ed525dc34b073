import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { testConfig } from '../../src/core/testing/config-fixture';
import { startServer, type TestServer } from '../support/server';
import { storedState } from '../support/stored-state';
import { networkQuiet } from '../support/network-quiet';
import { chunkWith } from '../support/chunks';

// consentry.js from a CDN: another origin, the versioned layout the README documents
// (/npm/consentry@<version>/dist/…), and the tag the README gives, with `integrity` (from
// dist/consentry.js.sri, which `npm run sri` prints) and `crossorigin="anonymous"`. Then where
// the chunks come from when `ui.chunkBase` is set, and what the boot file refuses.
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const SRI = readFileSync('dist/consentry.js.sri', 'utf8').trim();
const PREFIX = `/npm/consentry@${version}/`;
const SHORT = `/npm/consentry@${version}`;

interface Cdn {
  url: string;
  requests: string[];
  cors: boolean;
  close(): Promise<void>;
}

/** A CDN on localhost (the site is on 127.0.0.1: another origin): dist/ under the versioned path, with CORS unless turned off. */
async function startCdn(): Promise<Cdn> {
  const requests: string[] = [];
  const cdn = { requests, cors: true } as Cdn;
  const http: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(path);
    const cors = cdn.cors ? { 'access-control-allow-origin': '*' } : {};
    // The short URL (jsDelivr's, for the package's default file): consentry.js, with no chunks/ beside it.
    if (path === SHORT) return void res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', ...cors }).end(readFileSync('dist/consentry.js'));
    if (!path.startsWith(`${PREFIX}dist/`) || !/^[\w./@-]+\.js$/.test(path) || path.includes('..')) return void res.writeHead(404, cors).end();
    try {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', ...cors }).end(readFileSync(join(process.cwd(), path.slice(PREFIX.length))));
    } catch {
      res.writeHead(404, cors).end();
    }
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  cdn.url = `http://localhost:${(http.address() as AddressInfo).port}`;
  cdn.close = () => new Promise((done) => http.close(() => done()));
  return cdn;
}

const pages = new Map<string, string>();
const html = (script: string, ui: Record<string, unknown> = {}) =>
  `<!doctype html><html lang="en"><link rel="icon" href="data:,"><script type="application/json" id="consentry-config">${JSON.stringify(testConfig({ ui }))}</script>${script}` +
  `<script type="text/plain" data-category="analytics">window.__gatedRan = true;</script><h1>Shop</h1></html>`;

let site: TestServer;
let cdn: Cdn;
test.beforeAll(async () => {
  cdn = await startCdn();
  site = await startServer({
    handlers: [
      (req, res) => {
        const page = pages.get((req.url ?? '').split('?')[0]!);
        if (page === undefined) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return true;
      },
      (req, res) => {
        // consentry.js alone in another folder than its chunks, for ui.chunkBase.
        if (req.url !== '/static/consentry.js') return false;
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('dist/consentry.js'));
        return true;
      },
    ],
  });
});
test.afterAll(async () => {
  await site.close();
  await cdn.close();
});

let errors: string[];
test.beforeEach(({ page }) => {
  cdn.cors = true;
  cdn.requests.length = 0;
  site.requests.length = 0;
  errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
});

async function visit(page: Page, body: string): Promise<void> {
  const path = `/${test.info().testId}.html`;
  pages.set(path, body);
  await page.goto(`${site.url}${path}`);
  await networkQuiet(page);
}

const banner = (page: Page) => page.locator('[data-consentry="banner"]');
const cdnTag = (integrity = SRI) => `<script src="${cdn.url}${PREFIX}dist/consentry.js" integrity="${integrity}" crossorigin="anonymous"></script>`;

test('consentry.js from another origin, with integrity and crossorigin: it runs, fetches its chunks from beside itself, shows the banner; Accept all works', async ({ page }) => {
  expect(SRI).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  await visit(page, html(cdnTag()));
  await expect(banner(page)).toBeVisible();
  expect(cdn.requests[0]).toBe(`${PREFIX}dist/consentry.js`);
  expect(cdn.requests.filter((p) => p.startsWith(`${PREFIX}dist/chunks/`)).length).toBeGreaterThan(0);
  expect(site.requests.filter((p) => p.endsWith('.js'))).toEqual([]);
  await banner(page).locator('[data-action=accept]').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __gatedRan?: boolean }).__gatedRan)).toBe(true);
  expect((await storedState(page)).decided).toBe(true);
  expect(errors).toEqual([]);
});

test('a wrong integrity on consentry.js: the browser does not run it, and nothing optional runs', async ({ page }) => {
  await visit(page, html(cdnTag(`sha384-${'A'.repeat(64)}`)));
  expect(cdn.requests).toEqual([`${PREFIX}dist/consentry.js`]);
  expect(await page.evaluate(() => window.consentry)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __gatedRan?: boolean }).__gatedRan)).toBeUndefined();
  expect(errors.join('\n')).toMatch(/integrity/);
});

test('a host that sends no CORS headers: the browser refuses consentry.js under crossorigin', async ({ page }) => {
  cdn.cors = false;
  await visit(page, html(cdnTag()));
  expect(await page.evaluate(() => window.consentry)).toBeUndefined();
  await expect(banner(page)).toHaveCount(0);
  expect(errors.join('\n')).toMatch(/CORS|Access-Control-Allow-Origin/);
});

test('ui.chunkBase as a path from "/": the chunks come from there, not from beside consentry.js', async ({ page }) => {
  await visit(page, html('<script src="/static/consentry.js"></script>', { chunkBase: '/dist/' }));
  await expect(banner(page)).toBeVisible();
  expect(site.requests.filter((p) => p.includes('/chunks/')).every((p) => p.startsWith('/dist/chunks/'))).toBe(true);
  expect(site.requests.filter((p) => p.includes('/chunks/')).length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('ui.chunkBase as the CDN folder, consentry.js self-hosted: the chunks come from the CDN', async ({ page }) => {
  await visit(page, html('<script src="/dist/consentry.js"></script>', { chunkBase: `${cdn.url}${PREFIX}dist/` }));
  await expect(banner(page)).toBeVisible();
  expect(cdn.requests.filter((p) => p.startsWith(`${PREFIX}dist/chunks/`)).length).toBeGreaterThan(0);
  expect(site.requests.filter((p) => p.includes('/chunks/'))).toEqual([]);
});

for (const chunkBase of ['data:text/javascript,window.__fromData=1//', 'javascript:window.__fromJs=1//']) {
  // The boot file never loads from it, and the checker (fetched from beside consentry.js) fails the config closed.
  test(`ui.chunkBase "${chunkBase.split(':')[0]}:" is refused: nothing comes from it, the config fails closed and says why`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await visit(page, html('<script src="/dist/consentry.js"></script>', { chunkBase }));
    await expect.poll(() => page.evaluate(() => window.consentry?.ok)).toBe(false);
    await expect(banner(page)).toHaveCount(0);
    expect(requested.filter((u) => !u.startsWith(site.url))).toEqual([]);
    expect(site.requests.filter((p) => p.startsWith('/dist/chunks/')).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __fromData?: number; __fromJs?: number }).__fromData ?? (window as unknown as { __fromJs?: number }).__fromJs)).toBeUndefined();
    await expect.poll(() => errors.join('\n')).toContain('config.ui.chunkBase: got');
  });
}

// The CDN's short URL serves consentry.js alone: every chunk it asks for beside itself (/npm/chunks/…) 404s,
// the console's words among them. The one line it prints must still say what failed and what to set.
test('consentry.js from the short CDN URL without ui.chunkBase: the chunks 404, and the console says which URL and to check ui.chunkBase, once', async ({ page }) => {
  await visit(page, html(`<script src="${cdn.url}${SHORT}" integrity="${SRI}" crossorigin="anonymous"></script>`));
  await expect.poll(() => page.evaluate(() => window.consentry?.ok)).toBe(false);
  await expect(banner(page)).toHaveCount(0);
  const ours = () => errors.filter((e) => e.startsWith('[consentry]'));
  await expect.poll(() => ours().length).toBeGreaterThan(0);
  await networkQuiet(page);
  expect(cdn.requests).toContain(`/npm/${chunkWith('messages').file}`);
  expect(ours()).toHaveLength(1);
  const [line] = ours();
  expect(line).toMatch(/^\[consentry\] notStarted /);
  expect(line).toContain(`could not load ${cdn.url}/npm/chunks/messages.`);
  expect(line).toContain('check ui.chunkBase');
});

test('the same short URL with ui.chunkBase set to the chunks\' folder: the banner, and no error', async ({ page }) => {
  await visit(page, html(`<script src="${cdn.url}${SHORT}" integrity="${SRI}" crossorigin="anonymous"></script>`, { chunkBase: `${cdn.url}${PREFIX}dist/` }));
  await expect(banner(page)).toBeVisible();
  expect(cdn.requests.filter((p) => p.startsWith('/npm/chunks/'))).toEqual([]);
  expect(errors).toEqual([]);
});
