import { expect, test, type Page } from '@playwright/test';
import { renderPage } from '../fixtures/gating/site';
import { routeTrackers } from '../support/trackers';
import { chunkName, ours } from './our-files';
import { budgetShopConfig, shopPages } from './shop-pages';

// A returning visit runs from the plan the core kept in localStorage (src/browser/keep-plans.ts):
// the same calls, scripts and button as a page where the core does the work, from consentry.js
// alone. A plan that does not hold is never used: the core comes, and keeps a new one.
const site = shopPages();
const PLAN = 'consentry.plan';

function shopPage(config = budgetShopConfig()): string {
  return renderPage({
    config,
    body: `<script type="text/plain" data-category="analytics">window.__gated = (window.__gated || 0) + 1</script><a href="#" data-consentry-open>Cookie settings</a>`,
  });
}

/** A first visit that decides with the banner's button, once the core has kept its plan. */
async function decide(page: Page, url: string, action: 'accept' | 'reject'): Promise<void> {
  await page.goto(url);
  await ours(page, () => page.locator(`[data-consentry="banner"] [data-action="${action}"]`).click());
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) !== null, PLAN)).toBe(true);
}

/** What the page did for the choice: Google's commands, Metrica's queue and flag, the tags added, the gated script, the button. */
async function effects(page: Page) {
  await expect.poll(() => page.evaluate(() => (window as unknown as { __gated?: number }).__gated)).toBe(1);
  await expect(page.getByRole('button', { name: 'Cookie settings' }).and(page.locator('button'))).toBeVisible();
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & { dataLayer?: unknown[]; __ymStub?: { inits: unknown[] } };
    return {
      dataLayer: (w.dataLayer ?? []).map((e) =>
        Object.prototype.toString.call(e) === '[object Arguments]' ? JSON.stringify(Array.from(e as ArrayLike<unknown>).map((a) => (a instanceof Date ? 'a Date' : a))) : Object.keys(e as object).join(),
      ),
      // Metrica's stub took the queue over: what it was asked to start.
      ym: (w.__ymStub?.inits ?? []).map((init) => JSON.stringify(init)),
      // Raised or lifted (`false`: granted, yandex-core.ts).
      flags: Object.entries(w).filter(([k]) => k.startsWith('disableYaCounter')),
      tags: [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src).filter((src) => !src.includes('/dist/')),
      gtag: typeof w.gtag,
      consentry: { decided: window.consentry!.state.decided, analytics: window.consentry!.allowed('analytics'), locale: window.consentry!.locale, ok: window.consentry!.ok },
    };
  });
}

test('a returning page from the plan does what a page with the core does, and asks us for consentry.js alone', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/plan.html', shopPage());
  await decide(page, url, 'accept');

  // Without the plan: the core starts the integrations and the gate itself, and keeps a plan again.
  await page.evaluate((key) => localStorage.removeItem(key), PLAN);
  let withCore: Awaited<ReturnType<typeof effects>> | undefined;
  const coreFiles = await ours(page, async () => {
    await page.reload();
    withCore = await effects(page);
  });
  expect(coreFiles.map((f) => chunkName(f.path))).toEqual(['consentry', 'core']);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) !== null, PLAN)).toBe(true);

  let fromPlan: Awaited<ReturnType<typeof effects>> | undefined;
  const planFiles = await ours(page, async () => {
    await page.reload();
    fromPlan = await effects(page);
  });
  expect(planFiles.map((f) => chunkName(f.path))).toEqual(['consentry']);
  expect(fromPlan).toEqual(withCore);
  // Not equal by being empty: the update, GA's and GTM's commands, Metrica's init and three tags.
  expect(fromPlan!.dataLayer.filter((c) => c.startsWith('["consent","update"'))).toHaveLength(1);
  expect(fromPlan!.ym).toHaveLength(1);
  expect(fromPlan!.tags).toHaveLength(3);
  expect(fromPlan!.flags.map(([, raised]) => raised)).toEqual([false]);
  expect(fromPlan!.consentry).toEqual({ decided: true, analytics: true, locale: 'en', ok: true });
});

/** A page that sends records (its log is not served here: the 404 keeps them waiting, as it would a log not deployed yet). */
function sendingPage(): string {
  const config = budgetShopConfig();
  config.records = { endpoint: '/consent-log' };
  return shopPage(config);
}

for (const [what, spoil] of [
  ['unreadable', (key: string) => localStorage.setItem(key, '{"key":')],
  ['made for another config', (key: string) => localStorage.setItem(key, localStorage.getItem(key)!.replace('"key":"', '"key":"x'))],
  ['kept with records waiting', () => localStorage.setItem('consentry.outbox.test', '[]')],
] as const) {
  test(`a plan ${what} is not used: the core does the work, once, and nothing runs twice`, async ({ context, page }) => {
    await routeTrackers(context);
    const url = site.serve(`/spoilt-${what.split(' ')[0]}.html`, what === 'kept with records waiting' ? sendingPage() : shopPage());
    await decide(page, url, 'accept');
    await page.evaluate(spoil, PLAN);
    const files = await ours(page, async () => {
      await page.reload();
      const done = await effects(page);
      expect(done.tags).toHaveLength(3);
      expect(done.ym).toHaveLength(1);
      expect(done.consentry.decided).toBe(true);
    });
    expect(files.map((f) => chunkName(f.path))).toContain('core');
  });
}

test('records that failed five times (a log answering 404) wait out their backoff across page loads: the plan is used, one request; once due, the core sends them', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/waiting-out.html', sendingPage());
  await decide(page, url, 'accept');
  // The record the 404 kept, as five failures leave it (the page's own retries add to them).
  const wait = (until: number) =>
    page.evaluate((at) => {
      const keys = Object.keys(localStorage).filter((key) => key.startsWith('consentry.outbox.'));
      for (const key of keys) localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), attempts: 5, nextAttemptAt: at }));
      return keys.length;
    }, until);
  expect(await wait(Date.now() + 600_000)).toBe(1);
  const waiting = await ours(page, async () => {
    await page.reload();
    expect((await effects(page)).tags).toHaveLength(3);
  });
  expect(waiting.map((f) => chunkName(f.path))).toEqual(['consentry']);
  // Due: the next page load fetches what sends it.
  expect(await wait(Date.now() - 1)).toBe(1);
  const due = await ours(page, async () => {
    await page.reload();
    expect((await effects(page)).tags).toHaveLength(3);
  });
  expect(due.map((f) => chunkName(f.path))).toEqual(expect.arrayContaining(['core', 'decide']));
});

test("records waiting for another page's destination, on a page that sends none: the plan is used, one request", async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/waiting-elsewhere.html', shopPage());
  await decide(page, url, 'accept');
  await page.evaluate(() => localStorage.setItem('consentry.outbox.test', '[]'));
  const files = await ours(page, async () => {
    await page.reload();
    expect((await effects(page)).tags).toHaveLength(3);
  });
  expect(files.map((f) => chunkName(f.path))).toEqual(['consentry']);
});

test('on a page run from a plan that refused, a grant loads what it allows at once, and a withdrawal stops it', async ({ context, page }) => {
  const trackers = await routeTrackers(context);
  const url = site.serve('/plan-grant.html', shopPage());
  await decide(page, url, 'reject');
  const files = await ours(page, async () => void (await page.reload()));
  expect(files.map((f) => chunkName(f.path))).toEqual(['consentry']);
  expect(trackers.requests).toEqual([]);

  // Through the facade: the core comes, takes over from the plan, and the grant is a change like any other.
  await page.evaluate(() => window.consentry!.set({ analytics: true }));
  await expect.poll(() => page.evaluate(() => (window as unknown as { __gated?: number }).__gated)).toBe(1);
  await expect.poll(() => trackers.urls(/googletagmanager\.com\/gtag\/js|mc\.yandex\.ru\/metrika\/tag\.js/).length).toBe(2);
  expect(trackers.urls(/gtm\.js/)).toEqual([]); // marketing stays refused
  // The withdrawal reaches Metrica (its flag) and Google (a denied update) at once.
  await page.evaluate(() => window.consentry!.withdraw());
  expect(await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('disableYaCounter')).map((k) => (window as unknown as Record<string, unknown>)[k]))).toEqual([true]);
  const last = await page.evaluate(() => {
    const updates = (window.dataLayer ?? []).filter((e) => Object.prototype.toString.call(e) === '[object Arguments]' && (e as ArrayLike<unknown>)[1] === 'update');
    return (updates.at(-1) as ArrayLike<Record<string, string>>)[2]!.analytics_storage;
  });
  expect(last).toBe('denied');
});

test("a refused service's cookie or storage key left on a plan's page: the core comes and erases it", async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/plan-traces.html', shopPage());
  await decide(page, url, 'reject');
  // Nothing left: the plan alone, and it does not even open sessionStorage for nothing.
  expect((await ours(page, async () => void (await page.reload()))).map((f) => chunkName(f.path))).toEqual(['consentry']);

  for (const [what, leave, left] of [
    ["Google Analytics' cookie", () => void (document.cookie = '_ga=GA1.1.123.456; path=/'), () => document.cookie.includes('_ga=')],
    ["Metrica's storage key", () => sessionStorage.setItem('_ym_hostIndex', '0'), () => sessionStorage.getItem('_ym_hostIndex') !== null],
  ] satisfies Array<[string, () => void, () => boolean]>) {
    await page.evaluate(leave);
    const files = await ours(page, async () => void (await page.reload()));
    expect(files.map((f) => chunkName(f.path)), what).toEqual(['consentry', 'core', 'cleanup']);
    await expect.poll(() => page.evaluate(left), what).toBe(false);
  }
});

test("a site whose pages have two configs (a shop and its blog): each keeps its plan, and a visitor going between them asks for consentry.js alone", async ({ context, page }) => {
  await routeTrackers(context);
  const shop = site.serve('/two-configs-shop.html', shopPage());
  const blogConfig = budgetShopConfig();
  blogConfig.ui = { ...blogConfig.ui, floatingButton: 'bottom-left' };
  const blog = site.serve('/two-configs-blog.html', renderPage({ config: blogConfig, body: '<a href="#" data-consentry-open>Cookie settings</a>' }));
  await decide(page, shop, 'accept');
  // The blog's first page: its config is new to this browser, so it is checked (the checker comes
  // with the core) and the core keeps the blog's plan beside the shop's.
  expect((await ours(page, async () => void (await page.goto(blog)))).map((f) => chunkName(f.path))).toContain('core');
  await expect.poll(() => page.evaluate((key) => (JSON.parse(localStorage.getItem(key)!) as unknown[]).length, PLAN)).toBe(2);
  for (const url of [shop, blog, shop]) {
    const files = await ours(page, async () => {
      await page.goto(url);
      await expect(page.getByRole('button', { name: 'Cookie settings' }).and(page.locator('button'))).toBeVisible();
    });
    expect(files.map((f) => chunkName(f.path)), url).toEqual(['consentry']);
  }
});

const DAY = 864e5;

/** `Date.now()` moved by `window.__skew` ms (the cookie itself stays: its max-age runs on the browser's own clock). */
async function skewable(page: Page, skew = 0): Promise<void> {
  await page.addInitScript((initial) => {
    const real = Date.now.bind(Date);
    const w = window as unknown as { __skew?: number };
    w.__skew ??= initial;
    Date.now = () => real() + (w.__skew ?? 0);
  }, skew);
}

/** A blocked analytics script added late (as a single-page app does): whether it ran. */
async function lateScriptRan(page: Page): Promise<boolean> {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.setAttribute('data-category', 'analytics');
    script.text = 'window.__late = true';
    document.body.append(script);
  });
  // Refused at once (the facade fails closed), and the core, fetched for it, decides.
  expect(await page.evaluate(() => window.consentry!.allowed('analytics'))).toBe(false);
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/chunks/core.')));
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { __late?: boolean }).__late === true);
}

test('a plan that stops holding while its page is open runs nothing more: a late blocked script after the choice expired, or after another origin of the site withdrew it', async ({ context, page }) => {
  await routeTrackers(context);
  await skewable(page);
  const config = budgetShopConfig();
  config.cookie = { domain: 'shop.test' }; // shared with shop.test, which no BroadcastChannel message reaches from www
  const url = site.serve('/plan-stops.html', renderPage({ config, body: '' }));
  await decide(page, url, 'accept');

  expect((await ours(page, async () => void (await page.reload()))).map((f) => chunkName(f.path))).toEqual(['consentry']);
  // 183 days on (the choice lasts 182), and nothing focuses the tab meanwhile.
  await page.evaluate((ms) => ((window as unknown as { __skew: number }).__skew = ms), 183 * DAY);
  expect(await lateScriptRan(page), 'expired').toBe(false);

  await page.evaluate(() => ((window as unknown as { __skew: number }).__skew = 0));
  await page.reload();
  await expect.poll(() => page.evaluate(() => window.consentry!.state.decided)).toBe(true);
  const other = await context.newPage();
  await other.goto(url.replace('www.shop.test', 'shop.test'));
  await other.waitForFunction(() => window.consentry?.state.decided === true);
  await other.evaluate(() => window.consentry!.withdraw());
  expect(await lateScriptRan(page), 'withdrawn elsewhere').toBe(false);
});

test('a plan is not used once the clock has gone back more than a day since the choice (the core reads that cookie as forged): nothing optional runs', async ({ context, page }) => {
  const trackers = await routeTrackers(context);
  const url = site.serve('/plan-clock.html', shopPage());
  await decide(page, url, 'accept');
  await skewable(page, -2 * DAY);
  trackers.reset();
  await page.reload();
  await expect.poll(() => page.evaluate(() => window.consentry!.ok && !!window.consentry!.config)).toBe(true);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => ({ gated: (window as unknown as { __gated?: number }).__gated ?? 0, decided: window.consentry!.state.decided }))).toEqual({ gated: 0, decided: false });
  expect(trackers.urls(/gtag\/js|gtm\.js|tag\.js/)).toEqual([]);
});

test("the core arriving before DOMContentLoaded (a refused service's cookie to clean, a slow script of the site's): one floating button, and it opens the settings", async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/plan-early-core.html', renderPage({ config: budgetShopConfig(), body: '<script src="/slow.js?name=slow&delay=1500"></script><p>after</p>' }));
  await decide(page, url, 'reject');
  await page.evaluate(() => (document.cookie = '_ga=GA1.1.1.1; path=/'));
  await page.reload();
  await expect.poll(() => page.evaluate(() => document.cookie.includes('_ga='))).toBe(false); // the core came and cleaned
  await expect(page.locator('consentry-reopen')).toHaveCount(1);
  await page.locator('consentry-reopen button').click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('a way back on a page run from its plan: the dialog is fetched beside `decide`, not once it has come (the core names both)', async ({ context, page }) => {
  await routeTrackers(context);
  const url = site.serve('/plan-way-back.html', shopPage());
  await decide(page, url, 'reject');
  await page.goto(url);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) !== null, PLAN)).toBe(true);

  // `decide` held back: the dialog's file must be asked for all the same.
  const asked: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/chunks/')) asked.push(chunkName(path)!);
  });
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/chunks\/decide\./, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await expect.poll(() => asked).toContain('dialog-en');
  expect(asked).toContain('decide');
  release();
  await expect(page.getByRole('dialog')).toBeVisible();
});
