import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startDemo, type RunningDemo } from '../../demo/serve.mjs';

export interface DemoUnderTest extends RunningDemo {
  stop(): Promise<void>;
}

/** The demo server in-process, on an ephemeral port, with a throwaway consent log. */
export async function startTestDemo(): Promise<DemoUnderTest> {
  const dataDir = mkdtempSync(join(tmpdir(), 'consentry-demo-e2e-'));
  const demo = await startDemo({ port: 0, dataDir });
  return {
    ...demo,
    async stop() {
      await demo.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const bundle = () => readFileSync(join(process.cwd(), 'dist/consentry.js'), 'utf8');

/**
 * Whether the built bundle contains the Google / Yandex Metrica integrations and the gate.
 * They are built on other branches; until they are merged, assertions that need them are
 * skipped with a reason (and the integration services are stood in: see `standInServices`).
 */
export const built = {
  integrations: () => /yandex-metrica/.test(bundle()) && /google-analytics/.test(bundle()),
  gate: () => /data-category/.test(bundle()),
  widget: () => /Reject all|Отклонить вс/i.test(scriptTagBuild()),
};

/** consentry.js and its chunks (the widget is loaded as a chunk), not the npm or server builds. */
function scriptTagBuild(): string {
  const dist = join(process.cwd(), 'dist');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') && !f.startsWith('esm') && !f.startsWith('server'))
    .map((f) => readFileSync(join(dist, f), 'utf8'))
    .join('\n');
}

/**
 * Until the integration plugins are merged, `yandex-metrica` and `google-analytics` are
 * unknown services and the site's config fails closed. This serves the page with stand-in
 * definitions of those two services added to its inline config, so the rest of the flow
 * (decisions, records, reload, withdrawal) is still tested. It does nothing once the
 * integrations are in the bundle: then the page is tested exactly as served.
 */
export async function standInServices(page: Page, demo: RunningDemo): Promise<boolean> {
  if (built.integrations()) return false;
  await page.route(/\/sites\/[a-z]+\/(\?.*)?$/, async (route) => {
    // Fetched by Node from 127.0.0.1: Node does not resolve *.localhost as browsers do.
    const response = await fetch(`${demo.url}${new URL(route.request().url()).pathname}`);
    const html = await response.text();
    const patched = html.replace(/(<script type="application\/json" id="consentry-config">)([\s\S]*?)(<\/script>)/, (_all, open: string, json: string, close: string) => {
      const config = JSON.parse(json) as { services?: Record<string, unknown> };
      config.services = {
        ...config.services,
        'yandex-metrica': { title: 'Yandex Metrica (stand-in)', provider: 'Yandex LLC', purpose: 'Visit statistics', country: 'RU' },
        'google-analytics': { title: 'Google Analytics (stand-in)', provider: 'Google LLC', purpose: 'Visit statistics', country: 'US' },
      };
      return open + JSON.stringify(config) + close;
    });
    await route.fulfill({ status: response.status, contentType: 'text/html; charset=utf-8', body: patched });
  });
  return true;
}

/** Real tracker hosts (GUIDE §3 Gating): any request to them is counted and aborted. */
const TRACKER_HOSTS = /(^|\.)(mc\.yandex\.(ru|com)|mc\.webvisor\.org|googletagmanager\.com|google-analytics\.com|analytics\.google\.com|doubleclick\.net|googleadservices\.com)$/;

export async function countRealTrackerRequests(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.context().route(
    (url) => TRACKER_HOSTS.test(url.hostname),
    (route) => {
      seen.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return seen;
}

export const TRACKER_COOKIE = /^(_ga|_gid|_gat|_gcl_|_ym)/;

export async function trackerCookies(page: Page): Promise<string[]> {
  const cookies = await page.context().cookies();
  const storage = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('_ym')));
  return [...cookies.filter((c) => TRACKER_COOKIE.test(c.name)).map((c) => c.name), ...storage.map((k) => `localStorage:${k}`)];
}
