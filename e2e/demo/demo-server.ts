import { mkdtempSync, rmSync } from 'node:fs';
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
