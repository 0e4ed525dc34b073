import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { WAY_BACK_GRACE } from '../../src/ui/launcher';
import { networkQuiet } from '../support/network-quiet';
import { startServer, type TestServer } from '../support/server';

// The README's first snippet, "Quick start: script tag", as a newcomer pastes it: only the
// script's path is this checkout's, and the endpoint's host is answered here.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.split(/^## /m).find((s) => s.startsWith('Quick start: script tag\n')) ?? '';
const snippet = /```html\n([\s\S]*?)```/.exec(section)?.[1];
const ENDPOINT = 'https://example.com/consent-log';

let server: TestServer;
test.beforeAll(async () => {
  if (!snippet) throw new Error('README.md has no html block under "## Quick start: script tag"');
  server = await startServer();
});
test.afterAll(() => server.close());

test("the README's quick start works as pasted on a developer's page: banner, Accept, the record sent, the way back, and not one console warning", async ({ page }) => {
  expect(snippet).toContain('<script src="/consentry/consentry.js"></script>');
  expect(snippet).toContain(ENDPOINT);
  const said: string[] = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && said.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => said.push(`pageerror: ${e.message}`));
  const records: Array<{ action: string }> = [];
  await page.route(ENDPOINT, async (route) => {
    if (route.request().method() === 'POST') records.push(JSON.parse(route.request().postData() ?? 'null'));
    await route.fulfill({ status: 201, headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'POST' } });
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example</title>\n${snippet!.replace('/consentry/consentry.js', '/dist/consentry.js')}</head><body><main>Hello</main></body></html>`;
  await page.route(`${server.url}/quick-start.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));

  await page.goto(`${server.url}/quick-start.html`);
  const banner = page.locator('[data-consentry="banner"]');
  await expect(banner).toBeVisible();
  await banner.locator('[data-action="accept"]').click();
  await expect(banner).toBeHidden();
  await expect.poll(() => records.map((r) => r.action)).toEqual(['accept_all']);
  // The developer's no-way-back warning is looked for WAY_BACK_GRACE after the first choice, and its words are a chunk away.
  await page.waitForTimeout(WAY_BACK_GRACE + 500);
  await networkQuiet(page);
  expect(said).toEqual([]);

  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(said).toEqual([]);
});
