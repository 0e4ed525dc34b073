import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ConsentryConfig } from '../../src/core/types';
import { renderPage, shopConfig } from '../fixtures/gating/site';
import { routeTrackers } from '../support/trackers';
import { chunkName } from './our-files';
import { shopPages } from './shop-pages';

// What a decision needs is fetched when the visitor reaches for the banner, not with it. The
// banner goes at the click, not once that has come (on a phone's network, half a second later).
// If that fetch fails (the line dropped after the banner came), the click must store nothing and
// run nothing, the banner must come back so the visitor can try again, and the next click must work.
const site = shopPages();

test('the decisions cannot be fetched: Accept stores and runs nothing, the banner comes back, and a second Accept once they can works', async ({ context, page }) => {
  const trackers = await routeTrackers(context);
  const config = shopConfig();
  config.policy.laws = ['gdpr'];
  const url = site.serve('/offline.html', renderPage({ config, body: `<script type="text/plain" data-category="analytics">window.__gated = true</script>` }));
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`uncaught: ${String(e)}`));
  let refuse = true;
  await page.route(/\/chunks\/decide\./, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));

  await page.goto(url);
  const accept = page.locator('[data-consentry="banner"] [data-action="accept"]');
  await accept.click();
  await expect.poll(() => errors.join('\n')).toContain('[consentry] could not load what decisions need');
  await expect(accept).toBeVisible();
  expect(errors.filter((e) => e.includes('could not load what decisions need'))).toHaveLength(1);
  // Said once, by us: the fetch ahead (at the pointer) that failed first leaves nothing uncaught.
  expect(errors.filter((e) => /uncaught|in promise/i.test(e))).toEqual([]);
  // Back on the button pressed, so a keyboard user can press it again (WCAG 2.4.3).
  await expect(accept).toBeFocused();
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
  expect((await context.cookies()).filter((c) => c.name === 'consentry')).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __gated?: boolean }).__gated)).toBeUndefined();
  expect(trackers.requests).toEqual([]);

  refuse = false;
  await accept.click();
  await expect(accept).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __gated?: boolean }).__gated)).toBe(true);
  expect((await context.cookies()).filter((c) => c.name === 'consentry')).toHaveLength(1);
});

test('the core cannot be fetched on a first visit: each click tries it again, says so once, stores nothing, and the banner comes back', async ({ context, page }) => {
  const trackers = await routeTrackers(context);
  const url = site.serve('/no-core.html', renderPage({ config: gdprShop() }));
  const said: string[] = [];
  page.on('console', (m) => m.type() === 'error' && m.text().startsWith('[consentry]') && said.push(m.text()));
  page.on('pageerror', (e) => said.push(`uncaught: ${String(e)}`));
  let asked = 0;
  await page.route(/\/chunks\/core\./, (route) => (asked++, route.abort('internetdisconnected')));
  await page.goto(url);
  const accept = page.locator('[data-consentry="banner"] [data-action="accept"]');
  await accept.hover();
  await expect.poll(() => said.length).toBe(1); // the pointer's fetch: the boot file says what needs the core
  await accept.click();
  await expect.poll(() => asked).toBe(2);
  await expect(accept).toBeFocused();
  await page.waitForTimeout(300); // (a second message would be here by now)
  expect(said).toHaveLength(2);
  expect(said.every((line) => line.includes('/chunks/core.') && line.includes('decisions'))).toBe(true);
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
  expect((await context.cookies()).filter((c) => c.name === 'consentry')).toEqual([]);
  expect(trackers.requests).toEqual([]);
});

test('the banner goes at the click, while what the decision needs is still on its way; the choice lands once it comes', async ({ context, page }) => {
  await routeTrackers(context);
  const config = shopConfig();
  config.policy.laws = ['gdpr'];
  const url = site.serve('/slow.html', renderPage({ config, body: `<button id="before">On the page</button><script type="text/plain" data-category="analytics">window.__gated = true</script>` }));
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/chunks\/(core|decide)\./, async (route) => {
    await held;
    await route.continue();
  });

  await page.goto(url);
  // A keyboard visitor: on the page first, then into the banner, Accept with Enter.
  await page.locator('#before').focus();
  const accept = page.locator('[data-consentry="banner"] [data-action="accept"]');
  await accept.focus();
  await page.keyboard.press('Enter');
  await expect(accept).toHaveCount(0);
  // Back where the visitor was on the page, while nothing is decided yet.
  await expect(page.locator('#before')).toBeFocused();
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { __gated?: boolean }).__gated)).toBeUndefined();

  release();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __gated?: boolean }).__gated)).toBe(true);
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(true);
  await expect(page.locator('[data-consentry="banner"]')).toHaveCount(0);
});

test('the blocking layout: a failed choice brings the banner back as a modal dialog, and the page stays inert', async ({ context, page }) => {
  await routeTrackers(context);
  const config = shopConfig({ ui: { layout: 'modal' } });
  config.policy.laws = ['gdpr'];
  const url = site.serve('/offline-modal.html', renderPage({ config }));
  let refuse = true;
  await page.route(/\/chunks\/decide\./, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));

  await page.goto(url);
  const dialog = page.getByRole('dialog');
  const modal = () => page.locator('[data-consentry="banner"]').evaluate((el) => el.matches(':modal'));
  await expect(dialog).toBeVisible();
  expect(await modal()).toBe(true);
  await dialog.getByRole('button', { name: 'Reject all' }).click();
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
  expect(await modal()).toBe(true);
  await expect(dialog.getByRole('button', { name: 'Reject all' })).toBeFocused();

  refuse = false;
  await dialog.getByRole('button', { name: 'Reject all' }).click();
  await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);
  await expect(dialog).toHaveCount(0);
});

test('the blocking layout: the dialog goes out of sight at the click, but the page stays inert until the choice is stored', async ({ context, page }) => {
  await routeTrackers(context);
  const config = shopConfig({ ui: { layout: 'modal' } });
  config.policy.laws = ['gdpr'];
  // The visitor was on the page (here by autofocus) when the dialog came.
  const url = site.serve('/slow-modal.html', renderPage({ config, body: `<button id="before" autofocus>On the page</button>` }));
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/chunks\/decide\./, async (route) => {
    await held;
    await route.continue();
  });

  await page.goto(url, { waitUntil: 'domcontentloaded' }); // the held chunk holds the load event
  const banner = page.locator('[data-consentry="banner"]');
  const reject = banner.getByRole('button', { name: 'Reject all' });
  await reject.focus();
  await page.keyboard.press('Enter');
  await expect(banner).toBeHidden();
  // Still the modal dialog, so the page is inert: a click on it cannot leave before the choice is stored.
  expect(await banner.evaluate((el) => el.matches(':modal'), undefined, { timeout: 5000 })).toBe(true);
  const before = (await page.locator('#before').boundingBox())!;
  await page.evaluate(() => document.querySelector('#before')!.addEventListener('click', () => ((window as unknown as { __clicked: boolean }).__clicked = true)));
  await page.mouse.click(before.x + before.width / 2, before.y + before.height / 2);
  expect(await page.evaluate(() => (window as unknown as { __clicked?: boolean }).__clicked)).toBeUndefined();
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);

  release();
  await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);
  await expect(banner).toHaveCount(0);
  // Back where the visitor was, although hiding the dialog took the focus from its button.
  await expect(page.locator('#before')).toBeFocused();
});

test('a banner the core draws (the policy changed) on a line that fails: a pointer over it asks for the decisions once, not at every element, and leaves no failed script behind', async ({ context, page }) => {
  await routeTrackers(context);
  const before = shopConfig();
  before.policy.laws = ['gdpr'];
  const after = shopConfig();
  after.policy.laws = ['gdpr'];
  after.policy.revision = '2026-02';
  const first = site.serve('/revised-before.html', renderPage({ config: before }));
  const second = site.serve('/revised-after.html', renderPage({ config: after }));
  await page.goto(first);
  await page.locator('[data-consentry="banner"] [data-action="accept"]').click();
  await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);

  let asked = 0;
  await page.route(/\/chunks\/decide\./, (route) => (asked++, route.abort('internetdisconnected')));
  await page.goto(second);
  const banner = page.locator('[data-consentry="banner"]');
  await expect(banner).toBeVisible();
  for (const action of ['reject', 'accept', 'settings', 'reject', 'accept']) await banner.locator(`[data-action="${action}"]`).hover();
  await expect.poll(() => asked).toBe(1);
  await page.waitForTimeout(300); // (any more would have been asked for by now)
  expect(asked).toBe(1);
  expect(await page.locator('head script[src*="/chunks/decide."]').count()).toBe(0);

  // The click tries again, and the banner comes back.
  await banner.locator('[data-action="accept"]').click();
  await expect.poll(() => asked).toBe(2);
  await expect(banner.locator('[data-action="accept"]')).toBeVisible();
  expect(asked).toBe(2); // once for the click: what failed is not asked for again by the decision itself
  expect(await page.locator('head script[src*="/chunks/decide."]').count()).toBe(0);
});

test('a 152-FZ banner the core draws: after a switch of language, the pointer asks ahead for the consent document in the new language', async ({ context, page }) => {
  await routeTrackers(context);
  const before = shopConfig({ language: { default: 'en', available: ['en', 'ru'] } });
  const after = shopConfig({ language: { default: 'en', available: ['en', 'ru'] } });
  after.policy.revision = '2026-02';
  const first = site.serve('/revised-152-before.html', renderPage({ config: before }));
  const second = site.serve('/revised-152-after.html', renderPage({ config: after }));
  await page.goto(first);
  await page.locator('[data-consentry="banner"] [data-action="accept"]').click();
  await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);

  const words: string[] = [];
  page.on('request', (r) => void (/\/chunks\/document-words-/.test(r.url()) && words.push(new URL(r.url()).pathname.split('/').pop()!.split('.')[0]!)));
  await page.goto(second);
  const banner = page.locator('[data-consentry="banner"]');
  await banner.locator('[data-action="reject"]').hover();
  await expect.poll(() => words).toEqual(['document-words-en']);
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.consentry!.setLocale('ru'));
  await expect(banner.locator('[data-action="accept"]')).not.toHaveText('Accept all');
  await banner.locator('[data-action="accept"]').hover();
  // Before any click: the click does not wait for it.
  await expect.poll(() => words).toEqual(['document-words-en', 'document-words-ru']);
});

/** A first visit whose `held` files (the core and the decisions) neither answer nor fail until `release()`; counts the decisions made and the files held. */
async function stalledFirstVisit(page: Page, config = gdprShop(), held = /\/chunks\/(core|decide)\./) {
  const url = site.serve(`/stalled-${config.ui?.layout ?? 'bar'}.html`, renderPage({ config, body: `<script type="text/plain" data-category="analytics">window.__gated = (window.__gated || 0) + 1</script>` }));
  let release!: () => void;
  const line = new Promise<void>((done) => (release = done));
  const asked: string[] = [];
  await page.route(held, async (route) => {
    asked.push(chunkName(new URL(route.request().url()).pathname)!);
    await line;
    await route.continue();
  });
  await page.clock.install();
  await page.goto(url, { waitUntil: 'domcontentloaded' }); // the held chunks hold the load event
  const banner = page.locator('[data-consentry="banner"]');
  await expect(banner).toBeVisible();
  await page.evaluate(() => window.consentry!.on('change', (e) => void (e.action && ((window as unknown as { __made: string[] }).__made ??= []).push(e.action))));
  await page.clock.pauseAt(Date.now() + 1_000); // from here the page's time moves only when the test says
  return {
    banner,
    asked,
    release,
    made: () => page.evaluate(() => (window as unknown as { __made?: string[] }).__made ?? []),
    gated: () => page.evaluate(() => (window as unknown as { __gated?: number }).__gated),
  };
}
/** With an Accept held on the stalled line: the banner back after 10 s, Reject on it, the files come: only the Reject is made, and nothing gated runs. */
async function rejectOnTheBannerBack(page: Page, visit: Awaited<ReturnType<typeof stalledFirstVisit>>) {
  await page.clock.runFor(10_000);
  await visit.banner.locator('[data-action="reject"]').click();
  visit.release();
  await expect.poll(visit.made).toEqual(['reject_all']);
  await page.clock.runFor(1_000);
  expect(await visit.made()).toEqual(['reject_all']);
  expect(await visit.gated()).toBeUndefined();
}

/** The visitor decides in another tab, on a line that works. (The clock is the context's: it runs again, for that tab's banner.) */
async function decideInAnotherTab(page: Page, action: 'accept' | 'reject') {
  await page.clock.resume();
  const other = await page.context().newPage();
  await other.goto(page.url());
  await other.locator(`[data-consentry="banner"] [data-action="${action}"]`).click();
  await expect.poll(() => other.evaluate(() => window.consentry!.state.decided)).toBe(true);
  await other.close();
  await page.bringToFront();
}

/** Escape until the browser closes the modal banner, as Chromium lets a visitor do (the second or third). */
async function browserCloses(page: Page, banner: Locator) {
  const open = () => banner.evaluate((d) => (d as HTMLDialogElement).open);
  for (let i = 0; i < 5 && (await open()); i++) await page.keyboard.press('Escape');
  expect(await open()).toBe(false);
}
function gdprShop(overrides: Partial<ConsentryConfig> = {}) {
  const config = shopConfig(overrides);
  config.policy.laws = ['gdpr'];
  return config;
}

test('a line that stalls: the banner comes back after 10 s with the focus on the button pressed, and a second Accept makes one decision once the files come', async ({ context, page }) => {
  await routeTrackers(context);
  const visit = await stalledFirstVisit(page);
  const accept = visit.banner.locator('[data-action="accept"]');
  await accept.click();
  await expect(visit.banner).toHaveCount(0);
  await page.clock.runFor(9_000);
  await expect(visit.banner).toHaveCount(0);
  await page.clock.runFor(1_000);
  await expect(accept).toBeVisible();
  await expect(accept).toBeFocused();
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);

  await accept.click();
  await expect(visit.banner).toHaveCount(0);
  visit.release();
  await expect.poll(visit.made).toEqual(['accept_all']);
  expect(await visit.gated()).toBe(1);
  expect((await context.cookies()).filter((c) => c.name === 'consentry')).toHaveLength(1);
  // Each file asked for once, though the visitor clicked twice.
  expect(visit.asked.sort()).toEqual(['core', 'decide']);
});

// On a 152-FZ site a decision also needs the consent document (named by the core): held for it too.
for (const [stalls, config, held] of [
  ['the core and the decisions', gdprShop, undefined],
  ["a 152-FZ site's consent document", shopConfig, /\/chunks\/consent-document\./],
] as const) {
  test(`a line that stalls on ${stalls}: Accept, then Reject on the banner brought back: only the Reject is made, and nothing gated runs`, async ({ context, page }) => {
    await routeTrackers(context);
    const visit = await stalledFirstVisit(page, config(), held);
    await visit.banner.locator('[data-action="accept"]').click();
    await expect.poll(() => visit.asked.length).toBeGreaterThan(0);
    await rejectOnTheBannerBack(page, visit);
  });
}

test('a line that stalls: Accept, then × on the banner brought back: nothing is decided when the files come', async ({ context, page }) => {
  await routeTrackers(context);
  const visit = await stalledFirstVisit(page, gdprShop({ ui: { floatingButton: 'bottom-right' } }));
  await visit.banner.locator('[data-action="accept"]').click();
  await page.clock.runFor(10_000);
  await visit.banner.locator('button.x').click();
  await expect(visit.banner).toHaveCount(0);
  visit.release();
  // The core here (it draws the floating button, the way back after ×), and the decisions with it:
  // what would have been decided, would have been by now.
  await expect(page.locator('consentry-reopen').getByRole('button')).toBeVisible();
  await page.clock.runFor(1_000);
  await page.waitForTimeout(300);
  expect(await visit.made()).toEqual([]);
  expect(await visit.gated()).toBeUndefined();
  expect(await page.evaluate(() => window.consentry!.state.decided)).toBe(false);
});

test('the blocking layout on a line that stalls: the dialog comes back after 10 s, still modal, so the page is not left blocked by nothing in sight', async ({ context, page }) => {
  await routeTrackers(context);
  const visit = await stalledFirstVisit(page, gdprShop({ ui: { layout: 'modal' } }));
  const reject = visit.banner.getByRole('button', { name: 'Reject all' });
  await reject.click();
  await expect(visit.banner).toBeHidden();
  await page.clock.runFor(10_000);
  await expect(visit.banner).toBeVisible();
  expect(await visit.banner.evaluate((el) => el.matches(':modal'))).toBe(true);
  await expect(reject).toBeFocused();
  visit.release();
  await expect.poll(visit.made).toEqual(['reject_all']);
  await expect(visit.banner).toHaveCount(0);
});

test('a line that stalls: Settings on the banner brought back drops the Accept held, and the settings decide', async ({ context, page }) => {
  await routeTrackers(context);
  const visit = await stalledFirstVisit(page, gdprShop(), /\/chunks\/decide\./);
  await visit.banner.locator('[data-action="accept"]').click();
  await page.clock.runFor(10_000);
  await visit.banner.locator('[data-action="settings"]').click();
  visit.release();
  const dialog = page.locator('consentry-widget dialog.prefs');
  await expect(dialog).toBeVisible();
  await page.clock.runFor(1_000);
  expect(await visit.made()).toEqual([]);
  expect(await visit.gated()).toBeUndefined();
  await dialog.getByRole('button', { name: 'Reject all' }).click();
  await expect.poll(visit.made).toEqual(['reject_all']);
});

test('a line that fails at the pointer, then stalls at the click: the click asks again and holds the Accept, so a Reject on the banner brought back is the only decision', async ({ context, page }) => {
  await routeTrackers(context);
  const visit = await stalledFirstVisit(page, gdprShop(), /\/chunks\/decide\./);
  // The pointer's fetch fails, once the core is here and has joined it (so it too saw it fail);
  // every later one stalls until released.
  let failed = 0;
  const coreRan = () => page.evaluate(() => [...document.scripts].some((s) => s.src.includes('/chunks/core.') && typeof (s as { consentry?: unknown }).consentry === 'object'));
  await page.route(/\/chunks\/decide\./, async (route) => {
    if (failed++) return route.fallback();
    await expect.poll(coreRan).toBe(true);
    await route.abort('internetdisconnected');
  });
  await visit.banner.locator('[data-action="reject"]').hover();
  await expect.poll(() => failed).toBe(1);
  await expect(page.locator('head script[src*="/chunks/decide."]')).toHaveCount(0); // the failure is in

  await visit.banner.locator('[data-action="accept"]').click();
  await expect.poll(() => visit.asked).toEqual(['decide']);
  await rejectOnTheBannerBack(page, visit);
  expect(visit.asked).toEqual(['decide']);
});

// The Reject on the banner brought back asks again once the Accept's retry fails: made if that
// works; if it fails too, nothing is made, it is said again, and the banner comes back once more.
for (const third of ['works', 'fails'] as const) {
  test(`a line that fails at the pointer, then at the click's retry after it stalled: a Reject on the banner brought back meanwhile asks again, and that ${third}`, async ({ context, page }) => {
    await routeTrackers(context);
    const visit = await stalledFirstVisit(page, gdprShop(), /\/chunks\/none\./);
    const said: string[] = [];
    page.on('console', (m) => m.type() === 'error' && m.text().startsWith('[consentry]') && said.push(m.text()));
    // The pointer's fetch fails once the core is here and has joined it; the click's retry
    // stalls, then fails too; the next one works, or fails.
    let asked = 0;
    const coreRan = () => page.evaluate(() => [...document.scripts].some((s) => s.src.includes('/chunks/core.') && typeof (s as { consentry?: unknown }).consentry === 'object'));
    let release!: () => void;
    const line = new Promise<void>((done) => (release = done));
    await page.route(/\/chunks\/decide\./, async (route) => {
      const n = ++asked;
      if (n > 2 && third === 'works') return route.continue();
      if (n === 1) await expect.poll(coreRan).toBe(true);
      if (n === 2) await line;
      await route.abort('internetdisconnected');
    });
    const reject = visit.banner.locator('[data-action="reject"]');
    await reject.hover();
    await expect.poll(() => asked).toBe(1);
    await expect(page.locator('head script[src*="/chunks/decide."]')).toHaveCount(0); // the failure is in

    await visit.banner.locator('[data-action="accept"]').click();
    await expect.poll(() => asked).toBe(2);
    await page.clock.runFor(10_000); // the stall: the banner comes back
    await reject.click();
    release();
    // The Accept's retry failed (said once); the Reject, clicked after it was asked, asks again.
    await expect.poll(() => asked).toBe(3);
    if (third === 'works') {
      await expect.poll(visit.made).toEqual(['reject_all']);
      await expect(visit.banner).toHaveCount(0);
      expect(said.filter((text) => text.includes('decisions'))).toHaveLength(1);
    } else {
      await expect.poll(() => said.filter((text) => text.includes('decisions')).length).toBe(2);
      await expect(reject).toBeVisible();
      await expect(reject).toBeFocused();
      expect(await visit.made()).toEqual([]);
      expect(asked).toBe(3); // asked once for each click, no more
    }
    expect(await visit.gated()).toBeUndefined();
  });
}

// Found as the core comes (it hands the banner over), or by the core already here (a change).
for (const [stalls, held] of [
  ['the core and the decisions', undefined],
  ['the decisions', /\/chunks\/decide\./],
] as const) {
  test(`a line that stalls on ${stalls}: another tab's choice made meanwhile drops the Accept held here, so it cannot override that newer choice`, async ({ context, page }) => {
    await routeTrackers(context);
    const visit = await stalledFirstVisit(page, gdprShop(), held);
    await visit.banner.locator('[data-action="accept"]').click();
    await expect(visit.banner).toHaveCount(0);
    // (Should this banner come back meanwhile, as the clock runs again, the same holds.)
    await decideInAnotherTab(page, 'reject');
    // Back here: the core, if here, reads the choice again (as when the tab is back in view);
    // else it finds it as it comes. Then the files come.
    if (held) await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);
    visit.release();
    await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);
    await page.waitForTimeout(500);
    expect(await visit.made()).toEqual([]);
    expect(await visit.gated()).toBeUndefined();
    expect(await page.evaluate(() => window.consentry!.state.categories.analytics)).toBe(false);
  });
}

test("a first visit whose core is on its way: another tab's choice made before a click here does not drop that click, the newer", async ({ context, page }) => {
  await routeTrackers(context);
  const visit = await stalledFirstVisit(page);
  await decideInAnotherTab(page, 'accept');
  // Back here: the core that would tell this banner so is still on its way; the visitor rejects.
  await visit.banner.locator('[data-action="reject"]').click();
  visit.release();
  await expect.poll(visit.made).toEqual(['withdraw']); // taking back the other tab's Accept
  expect(await page.evaluate(() => window.consentry!.state.categories.analytics)).toBe(false);
});

test('the blocking layout closed by the browser while a choice is held: the choice is still made, and the dialog comes back modal if it could not be yet', async ({ context, page }) => {
  await routeTrackers(context);
  const visit = await stalledFirstVisit(page, gdprShop({ ui: { layout: 'modal' } }));
  await visit.banner.getByRole('button', { name: 'Reject all' }).click();
  await expect(visit.banner).toBeHidden();
  await browserCloses(page, visit.banner); // as it may a dialog in sight
  await page.clock.runFor(10_000);
  await expect(visit.banner).toBeVisible();
  expect(await visit.banner.evaluate((el) => el.matches(':modal'))).toBe(true);
  visit.release();
  await expect.poll(visit.made).toEqual(['reject_all']);
  await expect(visit.banner).toHaveCount(0);
});

test('the blocking layout closed by the browser while a choice is held: the page is usable, and the choice, once made, leaves the focus where the visitor put it', async ({ context, page }) => {
  await routeTrackers(context);
  const visit = await stalledFirstVisit(page, gdprShop({ ui: { layout: 'modal' } }));
  await visit.banner.getByRole('button', { name: 'Reject all' }).click();
  await browserCloses(page, visit.banner);
  await page.evaluate(() => document.body.prepend(Object.assign(document.createElement('input'), { id: 'typing' })));
  await page.locator('#typing').click(); // not inert any more
  visit.release();
  await expect.poll(visit.made).toEqual(['reject_all']);
  await expect(visit.banner).toHaveCount(0);
  await expect(page.locator('#typing')).toBeFocused();
});

test('the blocking layout closed by the browser while a choice is held, then taken off the page by its own code: the stall throws nothing, and the choice is still made', async ({ context, page }) => {
  await routeTrackers(context);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const visit = await stalledFirstVisit(page, gdprShop({ ui: { layout: 'modal' } }));
  await visit.banner.getByRole('button', { name: 'Reject all' }).click();
  await browserCloses(page, visit.banner);
  await page.evaluate(() => document.querySelector('consentry-widget')!.remove()); // a page that redraws its <body>, say
  await page.clock.runFor(10_000); // the stall: the dialog would come back, but it is not on the page
  visit.release();
  await expect.poll(visit.made).toEqual(['reject_all']);
  expect(errors).toEqual([]);
});

test('a line that stalls on the decisions, and the page switches the language meanwhile: the banner comes back in that language with the focus on the button pressed', async ({ context, page }) => {
  await routeTrackers(context);
  const visit = await stalledFirstVisit(page, gdprShop({ language: { default: 'en', available: ['en', 'ru'] } }), /\/chunks\/decide\./);
  await visit.banner.locator('[data-action="accept"]').click();
  await expect(visit.banner).toHaveCount(0);
  await page.evaluate(() => window.consentry!.setLocale('ru')); // (once the core is here) the banner redraws out of sight
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('consentry-widget')].map((w) => (w as HTMLElement).lang))).toEqual(['ru']);
  await page.clock.runFor(10_000);
  const accept = visit.banner.locator('[data-action="accept"]');
  await expect(accept).toHaveText('Принять все');
  await expect(accept).toBeFocused();
  visit.release();
  await expect.poll(visit.made).toEqual(['accept_all']);
});
