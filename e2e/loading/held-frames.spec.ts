import { expect, test, type Page } from '@playwright/test';
import { renderPage, shopConfig } from '../fixtures/gating/site';
import { routeTrackers } from '../support/trackers';
import { chunkName, ours } from './our-files';
import { shopPages } from './shop-pages';
import { networkQuiet } from '../support/network-quiet';

// A refused frame's placeholder comes from its own chunk, drawn by the boot file: a first visit
// and a returning visit that refused the frame's service do not fetch the core for it. The
// core, once something needs it, takes the placeholders and the frames loaded once over as they are.
const site = shopPages();
const FRAME = '/e2e/fixtures/gating/embed.html';
const banner = (page: Page) => page.locator('[data-consentry="banner"]');
const placeholder = (page: Page) => page.getByRole('group', { name: 'This content is from OpenMaps Inc, which may set cookies.' });
const names = (files: Array<{ path: string }>) => files.map((f) => chunkName(f.path)).sort();

function framePage(): string {
  const config = shopConfig();
  delete config.cookie; // on the page's own host
  return renderPage({ config, body: `<p>Before</p><iframe title="Map of the shop" data-category="marketing" data-service="maps" data-src="${FRAME}"></iframe><p>After</p>` });
}
/** A visitor who refused everything on this page's first visit: the core kept a plan, so the next load is a returning visit. */
async function refusedOnce(page: Page, path: string): Promise<void> {
  await page.goto(site.serve(path, framePage()));
  await banner(page).locator('[data-action="reject"]').click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('consentry.plan') !== null)).toBe(true);
}
/** How often the frame's page was asked for. */
function frameLoads(page: Page): () => number {
  let loads = 0;
  page.on('request', (r) => void (new URL(r.url()).pathname === FRAME && loads++));
  return () => loads;
}

test('a first visit with a refused frame: its placeholder without the core; the core, once reached for, keeps that placeholder, whose buttons then work through it', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/held-first.html', framePage());
  const loads = frameLoads(page);
  const first = await ours(page, async () => {
    await page.goto(url);
    await expect(placeholder(page)).toBeVisible();
    await expect(banner(page)).toBeVisible();
  });
  expect(names(first)).toEqual(['consentry', 'first-en', 'placeholder']);
  await placeholder(page).evaluate((el) => ((el as HTMLElement & { mark?: number }).mark = 1));

  const reached = await ours(page, () => banner(page).locator('[data-action="reject"]').hover());
  // What a decision needs (this shop is under 152-FZ: its consent document too); the placeholder's chunk not again.
  expect(names(reached)).toEqual(expect.arrayContaining(['core', 'decide']));
  expect(names(reached)).not.toContain('placeholder');
  // The same element, not a second placeholder drawn over it.
  await expect(placeholder(page)).toHaveCount(1);
  expect(await placeholder(page).evaluate((el) => (el as HTMLElement & { mark?: number }).mark)).toBe(1);

  // "Always allow", now the core's: the grant is recorded, the frame loads once and takes focus.
  await placeholder(page).getByRole('button', { name: 'Always allow OpenMaps' }).click();
  await expect(page.frameLocator('iframe').locator('#map')).toHaveText('A map of the shop');
  await expect(placeholder(page)).toHaveCount(0);
  expect(await page.evaluate(() => [window.consentry!.allowedService('maps'), window.consentry!.allowed('analytics'), document.activeElement?.tagName])).toEqual([true, false, 'IFRAME']);
  await networkQuiet(page);
  expect(loads()).toBe(1);
});

test('"Load it once" before the core: the frame loads with no other file; the core, once it comes for a decision, leaves it loaded and does not load it again', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/held-once.html', framePage());
  const loads = frameLoads(page);
  await page.goto(url);
  // Settled first: a file of the page's start finishing inside the count would be miscounted.
  await expect(placeholder(page)).toBeVisible();
  await expect(banner(page)).toBeVisible();
  await networkQuiet(page);
  const once = await ours(page, () => placeholder(page).getByRole('button', { name: 'Load it once' }).click());
  expect(names(once)).toEqual([]);
  await expect(page.frameLocator('iframe').locator('#map')).toHaveText('A map of the shop');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');

  // Reject all: the core comes and takes the frame over as loaded. It never had consent to lose.
  const decided = await ours(page, () => banner(page).locator('[data-action="reject"]').click());
  expect(names(decided)).toContain('core');
  await expect(banner(page)).toHaveCount(0);
  await expect(placeholder(page)).toHaveCount(0);
  await expect(page.locator('iframe')).toBeVisible();
  expect(await page.locator('iframe').getAttribute('src')).toBe(FRAME);
  // Then a grant of the frame's category: still loaded once, not loaded again.
  await page.evaluate(() => window.consentry!.set({ marketing: true }));
  await networkQuiet(page);
  expect(loads()).toBe(1);
});

test('a returning visit that refused the frame: consentry.js and the placeholder, no core; "Always allow" by keyboard brings the core, grants that service alone, and the next visit loads the frame from the plan', async ({ context, page }) => {
  await routeTrackers(context);
  await refusedOnce(page, '/held-returning.html');

  const returning = await ours(page, async () => {
    await page.reload();
    await expect(placeholder(page)).toBeVisible();
  });
  expect(names(returning)).toEqual(['consentry', 'placeholder']);
  expect(await page.locator('iframe').getAttribute('src')).toBeNull();

  const granted = await ours(page, async () => {
    await placeholder(page).getByRole('button', { name: 'Always allow OpenMaps' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.frameLocator('iframe').locator('#map')).toHaveText('A map of the shop');
  });
  expect(names(granted)).toContain('core');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
  await expect.poll(() => page.evaluate(() => window.consentry!.allowedService('maps'))).toBe(true);
  expect(await page.evaluate(() => [window.consentry!.allowed('marketing'), window.consentry!.allowedService('google-tag-manager')])).toEqual([true, false]);

  // The plan the core kept for that choice loads the frame, from consentry.js alone.
  const next = await ours(page, async () => {
    await page.reload();
    await expect(page.frameLocator('iframe').locator('#map')).toHaveText('A map of the shop');
  });
  expect(names(next)).toEqual(['consentry']);
  await expect(placeholder(page)).toHaveCount(0);
});

test("\"Always allow\" before the core, after another tab accepted everything: the grant is worked out from that choice, so it takes none of it back", async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/held-other-tab.html', framePage());
  await page.route('**/chunks/core.*.js', async (route) => (await new Promise((r) => setTimeout(r, 1000)), route.continue())); // the click comes first
  await page.goto(url);
  await expect(placeholder(page)).toBeVisible();
  const other = await context.newPage();
  await other.goto(url);
  await other.locator('[data-consentry="banner"] [data-action="accept"]').click();
  await expect.poll(() => other.evaluate(() => window.consentry!.state.decided)).toBe(true);
  await other.close();
  await placeholder(page).getByRole('button', { name: 'Always allow OpenMaps' }).click();
  await expect(page.frameLocator('iframe').locator('#map')).toHaveText('A map of the shop');
  await expect.poll(() => page.evaluate(() => window.consentry!.allowedService('maps'))).toBe(true);
  // Google Tag Manager, in the same category, stays as the other tab granted it.
  expect(await page.evaluate(() => [window.consentry!.allowedService('google-tag-manager'), window.consentry!.allowed('analytics')])).toEqual([true, true]);
});

test('two frames of one service before the core: "Always allow" on one loads both at once, and the grant is one decision once the core is here', async ({ context, page }) => {
  await routeTrackers(context);
  const body = `<iframe title="Shop A" data-category="marketing" data-service="maps" data-src="${FRAME}?a"></iframe><iframe title="Shop B" data-category="marketing" data-service="maps" data-src="${FRAME}?b"></iframe>`;
  const config = shopConfig();
  delete config.cookie;
  const url = site.serve('/held-two.html', renderPage({ config, body }));
  const loads = frameLoads(page);
  // The core is held back until both frames are seen loaded: the second must not wait for it.
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/chunks/core.*.js', async (route) => (await held, route.continue()));
  await page.goto(url);
  await expect(placeholder(page)).toHaveCount(2);
  await page.evaluate(() => {
    const w = window as unknown as { __changes: number };
    w.__changes = 0;
    window.consentry!.on('change', ({ action }) => void (action && w.__changes++)); // decisions, not the core's start
  });
  await placeholder(page).first().getByRole('button', { name: 'Always allow OpenMaps' }).click();
  await expect(placeholder(page)).toHaveCount(0);
  await expect(page.frameLocator('iframe[title="Shop B"]').locator('#map')).toHaveText('A map of the shop');
  expect(await page.evaluate(() => window.consentry!.allowedService('maps'))).toBe(false); // not yet: no core
  release();
  await expect.poll(() => page.evaluate(() => window.consentry!.allowedService('maps'))).toBe(true);
  await networkQuiet(page);
  expect(await page.evaluate(() => (window as unknown as { __changes: number }).__changes)).toBe(1);
  expect(loads()).toBe(2);
});

test('"Always allow" once the core is here, after Reject all on this page: the frame loads once (a second load would restart a video)', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/held-after-reject.html', framePage());
  const loads = frameLoads(page);
  await page.goto(url);
  await banner(page).locator('[data-action="reject"]').click();
  await expect(banner(page)).toHaveCount(0);
  // Once the Reject is made: the banner goes at the click, while the core may still be on its way.
  await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);
  await placeholder(page).getByRole('button', { name: 'Always allow OpenMaps' }).click();
  await expect(page.frameLocator('iframe').locator('#map')).toHaveText('A map of the shop');
  await networkQuiet(page);
  expect(loads()).toBe(1);
});

/** The decisions made on the page, in the order they landed (not the core's start, nor a re-read). */
async function watchDecisions(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __actions: string[] };
    w.__actions = [];
    window.consentry!.on('change', ({ action }) => void (action && w.__actions.push(action)));
  });
  return () => page.evaluate(() => (window as unknown as { __actions: string[] }).__actions);
}

/** Holds the chunks back until the returned function is called. */
async function holdBack(page: Page, ...chunks: string[]): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(new RegExp(`/chunks/(${chunks.join('|')})\\.`), async (route) => (await held, route.continue()));
  return release;
}

// A banner's click goes at once and its choice waits (here, on a held chunk); a placeholder's
// "Always allow" clicked after it must land after it, not be taken back by it.
for (const [waitsFor, chunk] of [
  ['the core', 'core'],
  ['`decide`, the core here', 'decide'],
] as const) {
  test(`"Always allow" clicked while the banner's Reject all waits for ${waitsFor}: the Reject is made first, so the newer grant stands`, async ({ context, page }) => {
    await routeTrackers(context);
    const url = site.serve(`/held-reject-then-allow-${chunk}.html`, framePage());
    const release = await holdBack(page, chunk);
    await page.goto(url);
    await expect(placeholder(page)).toBeVisible();
    if (chunk === 'decide') {
      // The core started, and its host asked for this 152-FZ shop's consent document: all but `decide` is here.
      const started = page.waitForResponse(/\/chunks\/consent-document\./);
      await banner(page).locator('[data-action="reject"]').hover();
      await (await started).finished();
    }
    const decisions = await watchDecisions(page);
    await banner(page).locator('[data-action="reject"]').click();
    await expect(banner(page)).toHaveCount(0);
    await placeholder(page).getByRole('button', { name: 'Always allow OpenMaps' }).click();
    await expect(page.frameLocator('iframe').locator('#map')).toHaveText('A map of the shop');
    expect(await decisions()).toEqual([]); // both still wait: the chunk is held back
    release();
    await expect.poll(decisions).toEqual(['reject_all', 'custom']);
    await networkQuiet(page);
    expect(await decisions()).toEqual(['reject_all', 'custom']);
    // Decided, the frame's service granted, the rest of its category and analytics refused.
    expect(await page.evaluate(() => [window.consentry!.state.decided, window.consentry!.allowedService('maps'), window.consentry!.allowedService('google-tag-manager'), window.consentry!.allowed('analytics')])).toEqual([true, true, false, false]);
  });
}

test('"Always allow" clicked before the banner\'s Reject all, both waiting for the core: the grant is made first, and the newer Reject takes it back', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/held-allow-then-reject.html', framePage());
  const release = await holdBack(page, 'core');
  await page.goto(url);
  await expect(placeholder(page)).toBeVisible();
  const decisions = await watchDecisions(page);
  await placeholder(page).getByRole('button', { name: 'Always allow OpenMaps' }).click();
  await banner(page).locator('[data-action="reject"]').click();
  await expect(banner(page)).toHaveCount(0);
  release();
  await expect.poll(async () => (await decisions()).length).toBe(2);
  await networkQuiet(page);
  // The grant, then the Reject (a withdrawal once the grant is stored, else a Reject all: the
  // banner reads the state as it makes its choice).
  const [first, second] = await decisions();
  expect([first, ['withdraw', 'reject_all'].includes(second!)]).toEqual(['custom', true]);
  expect(await page.evaluate(() => [window.consentry!.state.decided, window.consentry!.allowedService('maps')])).toEqual([true, false]);
});

test('a line that stalls: Reject all, "Always allow", then Reject all again on the banner brought back: that newest Reject is made and the grant, older, is dropped', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/held-stall.html', framePage());
  const release = await holdBack(page, 'core', 'decide');
  await page.clock.install();
  await page.goto(url, { waitUntil: 'domcontentloaded' }); // the held chunks hold the load event
  await expect(placeholder(page)).toBeVisible();
  await expect(banner(page)).toBeVisible();
  const decisions = await watchDecisions(page);
  await page.clock.pauseAt(Date.now() + 1_000); // from here the page's time moves only when the test says
  await banner(page).locator('[data-action="reject"]').click();
  await placeholder(page).getByRole('button', { name: 'Always allow OpenMaps' }).click();
  await page.clock.runFor(10_000);
  await banner(page).locator('[data-action="reject"]').click(); // the banner is back
  release();
  await expect.poll(decisions).toEqual(['reject_all']);
  await page.clock.runFor(1_000);
  expect(await decisions()).toEqual(['reject_all']);
  expect(await page.evaluate(() => [window.consentry!.state.decided, window.consentry!.allowedService('maps')])).toEqual([true, false]);
});

test("the language switched on the banner: the placeholder says it too, in the visitor's new language", async ({ context, page }) => {
  await routeTrackers(context);
  const config = shopConfig();
  delete config.cookie;
  config.language = { default: 'en', available: ['en', 'ru'] };
  const url = site.serve('/held-language.html', renderPage({ config, body: `<iframe title="Map of the shop" data-category="marketing" data-service="maps" data-src="${FRAME}"></iframe>` }));
  await page.goto(url);
  await expect(placeholder(page)).toHaveAttribute('lang', 'en');
  await banner(page).getByRole('combobox').selectOption('ru');
  const box = page.locator('.consentry-embed');
  await expect(box).toHaveAttribute('lang', 'ru');
  await expect(box.getByRole('button').first()).toHaveAttribute('lang', 'ru');
  await expect(box.getByRole('button').first()).not.toHaveText('Load it once');
  // And back, once the core is here (its own banner's switch).
  await banner(page).getByRole('combobox').selectOption('en');
  await expect(placeholder(page).getByRole('button')).toHaveText(['Load it once', 'Always allow OpenMaps']);
});

test('destroy() before the core: the placeholder goes with the banner, and the frame is as the page had it, not loaded', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/held-destroy.html', framePage());
  const loads = frameLoads(page);
  await page.goto(url);
  await expect(placeholder(page)).toBeVisible();
  await networkQuiet(page);
  const destroyed = await ours(page, () => page.evaluate(() => window.consentry!.destroy()));
  expect(names(destroyed)).toEqual([]); // the core is not fetched to take things away
  await expect(placeholder(page)).toHaveCount(0);
  await expect(banner(page)).toHaveCount(0);
  const frame = page.locator('iframe');
  await expect(frame).toBeVisible();
  expect([await frame.getAttribute('src'), await frame.getAttribute('data-consentry-blocked'), loads()]).toEqual([null, null, 0]);
});

test('destroy() on a returning visit that refused the frame, before the core: the placeholder goes, and nothing is fetched for it', async ({ context, page }) => {
  await routeTrackers(context);
  await refusedOnce(page, '/held-destroy-returning.html');
  await page.reload();
  await expect(placeholder(page)).toBeVisible();
  await networkQuiet(page);
  const destroyed = await ours(page, () => page.evaluate(() => window.consentry!.destroy()));
  expect(names(destroyed)).toEqual([]);
  await expect(placeholder(page)).toHaveCount(0);
  await expect(page.locator('iframe')).toBeVisible();
  expect(await page.locator('iframe').getAttribute('src')).toBeNull();
});

test("destroy() once the core has taken the frame over and loaded it: a frame the page hid itself since stays hidden (it is the page's now)", async ({ context, page }) => {
  await routeTrackers(context);
  await refusedOnce(page, '/held-destroy-loaded.html');
  await page.reload();
  await expect(placeholder(page)).toBeVisible();
  await page.evaluate(() => window.consentry!.set({ marketing: true })); // the core comes, takes the placeholder over and loads the frame
  await expect(page.frameLocator('iframe').locator('#map')).toHaveText('A map of the shop');
  await page.locator('iframe').evaluate((frame: HTMLIFrameElement) => (frame.hidden = true)); // the page's own tab closed
  await page.evaluate(() => window.consentry!.destroy());
  expect(await page.locator('iframe').evaluate((frame: HTMLIFrameElement) => [frame.hidden, frame.getAttribute('src')])).toEqual([true, FRAME]);
});

test("destroy() while a returning visit's placeholder chunk is on its way, and it fails: the core is not fetched for it", async ({ context, page }) => {
  await routeTrackers(context);
  await refusedOnce(page, '/held-destroy-failed.html');
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/chunks/placeholder.*.js', async (route) => (await held, route.abort()));
  const asked: Array<string | undefined> = [];
  page.on('request', (r) => void (new URL(r.url()).pathname.startsWith('/dist/') && asked.push(chunkName(new URL(r.url()).pathname))));
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect.poll(() => asked).toContain('placeholder');
  await page.evaluate(() => window.consentry!.destroy());
  release();
  await networkQuiet(page);
  expect(asked.sort()).toEqual(['consentry', 'placeholder']);
  await expect(placeholder(page)).toHaveCount(0);
});
