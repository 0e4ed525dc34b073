import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { expect, type Page, type Request } from '@playwright/test';
import { networkQuiet } from '../support/network-quiet';

/** package.json's size budgets, which the e2e tests hold real visits to. */
export const budgets = JSON.parse(readFileSync('package.json', 'utf8')).consentry.sizeBudgets as Record<string, { brotli: number }>;
const brotli = (body: Buffer) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Collects every response from /dist/ during `visit`, once nothing of ours is still loading
 * (after the load event `networkidle` is already reached, so fetches made later are waited for
 * here). Each body is read as soon as its request finishes: the browser may drop it later. */
export async function ours(page: Page, visit: () => Promise<void>): Promise<Array<{ path: string; brotli: number }>> {
  const bodies: Array<Promise<{ path: string; brotli: number }>> = [];
  let pending = 0;
  const isOurs = (request: Request) => new URL(request.url()).pathname.startsWith('/dist/');
  const started = (request: Request) => void (isOurs(request) && pending++);
  const failed = (request: Request) => void (isOurs(request) && pending--);
  const finished = (request: Request) => {
    if (!isOurs(request)) return;
    pending--;
    const path = new URL(request.url()).pathname;
    bodies.push(request.response().then(async (r) => ({ path, brotli: brotli(await r!.body()) })));
  };
  page.on('request', started);
  page.on('requestfailed', failed);
  page.on('requestfinished', finished);
  await visit();
  await networkQuiet(page);
  // Quiet for half a second: a fetch that follows another (the clean-up after the decision) has started.
  await expect.poll(async () => (await new Promise((r) => setTimeout(r, 500)), pending), { timeout: 15_000 }).toBe(0);
  page.off('request', started);
  page.off('requestfailed', failed);
  page.off('requestfinished', finished);
  return Promise.all(bodies);
}

/** `/dist/chunks/decide.<hash>.js` → `decide`; `/dist/consentry.js` → `consentry`. */
export const chunkName = (path: string) => /([\w-]+?)(\.[\w-]{8})?\.js$/.exec(path)![1];

/** The bytes of `files`, brotli. */
export const total = (files: ReadonlyArray<{ brotli: number }>): number => files.reduce((n, f) => n + f.brotli, 0);
