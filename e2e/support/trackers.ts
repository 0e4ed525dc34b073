import type { BrowserContext, Cookie, Page, Request, Route } from '@playwright/test';
import { QUIET_CHROMIUM_ARGS, chromiumExecutable } from './chromium';
import { GTAG_JS, GTM_JS, YANDEX_TAG_JS } from './tracker-stubs';

export { GTAG_JS, GTM_JS, YANDEX_TAG_JS } from './tracker-stubs';

/** Every tracker host of GUIDE.md 'Gating', subdomains included where the real ones use them. */
export const TRACKER_HOST =
  /^(mc\.yandex\.(ru|com)|mc\.webvisor\.org|([a-z0-9-]+\.)*googletagmanager\.com|([a-z0-9-]+\.)*google-analytics\.com|analytics\.google\.com|([a-z0-9-]+\.)*doubleclick\.net|(www\.)?googleadservices\.com)$/;
/** Tracker cookies (`_ga*`, `_gid`, `_gat*`, `_gcl_*`, `_ym_*`). */
export const TRACKER_COOKIE = /^(_ga|_gid|_gat|_gcl_|_ym_)/;
/** Tracker storage keys (`_ym*`, and Google's, should a tag use any). */
export const TRACKER_STORAGE_KEY = /^(_ym|_ga|_gcl)/;
/** Hosts the tests serve pages from: the ephemeral server, as an IP, as *.shop.test, or as *.localhost (a secure context over http). */
export const LOCAL_HOST = /^(127\.0\.0\.1|([a-z0-9-]+\.)*localhost|([a-z0-9-]+\.)*shop\.test)$/;

/** Map `shop.test` and its subdomains to the local server, so a page can live at www.shop.test and cookies on .shop.test. */
export const SHOP_TEST_HOST_RULES = '--host-resolver-rules=MAP *.shop.test 127.0.0.1, MAP shop.test 127.0.0.1';

/** For `test.use({ launchOptions: shopTestLaunchOptions() })` in a spec that serves pages at www.shop.test. */
export function shopTestLaunchOptions(): { args: string[]; executablePath: string | undefined } {
  return { args: [...QUIET_CHROMIUM_ARGS, SHOP_TEST_HOST_RULES], executablePath: chromiumExecutable() };
}

export interface TrackerRequest {
  url: string;
  host: string;
  method: string;
  /** Playwright's resource type: `script`, `image`, `fetch`, `ping`… */
  type: string;
}

export interface Trackers {
  /** Every request to a tracker host since the last `reset()`, in order. */
  readonly requests: TrackerRequest[];
  /** Requests to any other non-local host (aborted): should stay empty. */
  readonly strays: string[];
  /** URLs of tracker requests, optionally only those matching `filter`. */
  urls(filter?: RegExp): string[];
  count(filter?: RegExp): number;
  /** Distinct tracker hosts requested. */
  hosts(): string[];
  reset(): void;
}

/**
 * Routes every request of `target` (a context: all its pages): tracker hosts get the stubs
 * (tag.js, gtag/js, gtm.js) or an empty 204 for hits, and are counted; local hosts pass;
 * anything else is counted as a stray and aborted, since there is no internet here anyway.
 */
export async function routeTrackers(target: BrowserContext | Page, options: { localHost?: RegExp } = {}): Promise<Trackers> {
  const local = options.localHost ?? LOCAL_HOST;
  const requests: TrackerRequest[] = [];
  const strays: string[] = [];
  await target.route(
    () => true,
    async (route: Route, request: Request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || local.test(url.hostname)) return route.continue();
      if (!TRACKER_HOST.test(url.hostname)) {
        strays.push(request.url());
        return route.abort('blockedbyclient');
      }
      requests.push({ url: request.url(), host: url.hostname, method: request.method(), type: request.resourceType() });
      const body = stubFor(url);
      if (body === null) return route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*' } });
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
    },
  );
  return {
    requests,
    strays,
    urls: (filter) => requests.map((r) => r.url).filter((u) => !filter || filter.test(u)),
    count: (filter) => requests.filter((r) => !filter || filter.test(r.url)).length,
    hosts: () => [...new Set(requests.map((r) => r.host))].sort(),
    reset: () => {
      requests.length = 0;
      strays.length = 0;
    },
  };
}

function stubFor(url: URL): string | null {
  if (/^mc\.yandex\.(ru|com)$/.test(url.hostname) && url.pathname === '/metrika/tag.js') return YANDEX_TAG_JS;
  if (url.hostname.endsWith('googletagmanager.com') && url.pathname === '/gtag/js') return GTAG_JS;
  if (url.hostname.endsWith('googletagmanager.com') && url.pathname === '/gtm.js') return GTM_JS;
  return null;
}

/** Tracker cookies in the context, on any domain (`.shop.test` and host-only alike). */
export async function trackerCookies(context: BrowserContext): Promise<Cookie[]> {
  return (await context.cookies()).filter((c) => TRACKER_COOKIE.test(c.name));
}

/** Tracker keys in the page's localStorage and sessionStorage, as `local:key` / `session:key`. */
export async function trackerStorage(page: Page): Promise<string[]> {
  const keys = await page.evaluate(() => [...Object.keys(localStorage).map((k) => `local:${k}`), ...Object.keys(sessionStorage).map((k) => `session:${k}`)]);
  return keys.filter((k) => TRACKER_STORAGE_KEY.test(k.split(':')[1]!)).sort();
}
