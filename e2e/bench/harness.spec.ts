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

/** tarteaucitron fetches these from its own folder after load, besides its script: all counted. */
const TARTEAUCITRON_FILES = [
  '/node_modules/tarteaucitronjs/css/tarteaucitron.min.css',
  '/node_modules/tarteaucitronjs/lang/tarteaucitron.en.min.js',
  '/node_modules/tarteaucitronjs/tarteaucitron.min.js',
  '/node_modules/tarteaucitronjs/tarteaucitron.services.min.js',
];

// Every other library's page, one run each (a first visit and the returning one), unthrottled.
for (const { id } of LIBRARIES.filter((l) => l.id !== 'baseline' && l.id !== 'consentry')) {
  test(`${id}: banner seen, Accept runs the gated script, the returning visit is remembered`, async ({ browser }) => {
    const run = await measureRun(browser, library(id), { ...options, url: server.urlOf(library(id)) });
    expect(run.notes).toEqual([]);
    expect(run.first.bannerAt).not.toBeNull();
    expect(run.first.gatedAt, 'nothing gated runs before the click').toBeNull();
    expect(run.primedBy).toBe('banner');
    expect(run.acceptToGated).not.toBeNull();
    expect(run.bannerOnReturn).toBe(false);
    expect(run.returning.gatedAt).not.toBeNull();
    expect(run.first.bytes.brotli).toBeGreaterThan(0);
    expect(run.first.bytes.brotli).toBeLessThan(run.first.bytes.raw);
    expect(run.returning.bytes.brotli).toBeGreaterThan(0);
    for (const file of [...run.first.files, ...run.returning.files]) expect(library(id).files.some((prefix) => file.startsWith(prefix)), file).toBe(true);
    if (id === 'consentry-checked') expect(run.first.files.map((f) => f.replace(/\.[\w-]{8}\.js$/, '')).filter((f) => f.includes('/chunks/first-') || f.includes('/chunks/checked-'))).toEqual(['/dist/chunks/checked-en']);
    if (id === 'tarteaucitron') for (const visit of [run.first, run.returning]) expect([...visit.files].sort()).toEqual(TARTEAUCITRON_FILES);
  });
}

test('consentry: measured through its banner, Accept runs the gated script, the returning visit is remembered', async ({ browser }) => {
  const consentry = library('consentry');
  const run = await measureRun(browser, consentry, { ...options, url: server.urlOf(consentry) });
  expect(run.first.bytes.raw, 'dist/consentry.js is counted').toBeGreaterThan(0);
  expect(run.first.files, 'every file from dist/, whatever its name').toContain('/dist/consentry.js');
  expect(run.returning.bytes.raw).toBeGreaterThan(0);
  // If this fails after a widget change, fix CONSENTRY_SELECTORS in bench/libraries.ts.
  expect(run.notes).toEqual([]);
  expect(run.first.bannerAt).not.toBeNull();
  expect(run.primedBy).toBe('banner');
  expect(run.first.gatedAt, 'nothing gated runs before the click').toBeNull();
  expect(run.acceptToGated, 'the gate runs <script type="text/plain" data-category="analytics"> on Accept').not.toBeNull();
  expect(run.bannerOnReturn).toBe(false);
  expect(run.returning.gatedAt).not.toBeNull();
});

test('baseline: no library files, no banner', async ({ browser }) => {
  const baseline = library('baseline');
  const run = await measureRun(browser, baseline, { ...options, url: server.urlOf(baseline) });
  expect(run.first.bytes.raw).toBe(0);
  expect(run.first.bannerAt).toBeNull();
  expect(run.returning.gatedAt).toBeNull();
});
