import { expect, test } from '@playwright/test';
import { renderPage, shopConfig } from '../fixtures/gating/site';
import { routeTrackers } from '../support/trackers';
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
  let refuse = true;
  await page.route(/\/chunks\/decide\./, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));

  await page.goto(url);
  const accept = page.locator('[data-consentry="banner"] [data-action="accept"]');
  await accept.click();
  await expect.poll(() => errors.join('\n')).toContain('[consentry] could not load what decisions need');
  await expect(accept).toBeVisible();
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
