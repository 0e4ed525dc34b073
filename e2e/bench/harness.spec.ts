// The benchmark's own machinery, checked on every page so `npm run bench` cannot silently
// measure nothing: the banner is found, Accept is clicked, the gated script runs, the
// returning visit has the stored choice. No timing is asserted (the bench prints numbers).
import { expect, test } from '@playwright/test';
import { LIBRARIES, type Library } from '../../bench/libraries';
import { measureRun } from '../../bench/measure-page';
import { startBenchServer, type BenchServer } from '../../bench/serve-pages';

let server: BenchServer;
test.beforeAll(async () => {
  server = await startBenchServer(LIBRARIES);
});
test.afterAll(() => server.close());

const library = (id: string): Library => LIBRARIES.find((l) => l.id === id)!;
const options = { cpu: 1, bannerTimeoutMs: 5000, gatedTimeoutMs: 3000 };

for (const id of ['vanilla-cookieconsent', 'klaro']) {
  test(`${id}: banner seen, Accept runs the gated script, the returning visit is remembered`, async ({ browser }) => {
    const run = await measureRun(browser, library(id), { ...options, url: server.urlOf(library(id)) });
    expect(run.notes).toEqual([]);
    expect(run.first.bannerAt).not.toBeNull();
    expect(run.primedBy).toBe('banner');
    expect(run.acceptToGated).not.toBeNull();
    expect(run.bannerOnReturn).toBe(false);
    expect(run.returning.gatedAt).not.toBeNull();
    expect(run.first.bytes.brotli).toBeGreaterThan(0);
    expect(run.first.bytes.brotli).toBeLessThan(run.first.bytes.raw);
  });
}

test('consentry: measured through its banner, Accept runs the gated script, the returning visit is remembered', async ({ browser }) => {
  const consentry = library('consentry');
  const run = await measureRun(browser, consentry, { ...options, url: server.urlOf(consentry) });
  expect(run.first.bytes.raw, 'dist/consentry.js is counted').toBeGreaterThan(0);
  // If this fails after a widget change, fix CONSENTRY_SELECTORS in bench/libraries.ts.
  expect(run.notes).toEqual([]);
  expect(run.first.bannerAt).not.toBeNull();
  expect(run.primedBy).toBe('banner');
  expect(run.acceptToGated, 'the gate runs <script type="text/plain" data-category="analytics"> on Accept').not.toBeNull();
  expect(run.bannerOnReturn).toBe(false);
});

test('baseline: no library files, no banner', async ({ browser }) => {
  const baseline = library('baseline');
  const run = await measureRun(browser, baseline, { ...options, url: server.urlOf(baseline) });
  expect(run.first.bytes.raw).toBe(0);
  expect(run.first.bannerAt).toBeNull();
  expect(run.returning.gatedAt).toBeNull();
});
