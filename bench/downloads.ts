/**
 * The library's own files as the browser downloads them: every response whose path starts with
 * one of the library's prefixes, whatever the file is called. Consentry's chunks get hashed
 * names and tarteaucitron fetches its language, services and CSS from its own folder after the
 * load event, so a fixed list of file names would undercount both.
 */
import type { Page, Request } from '@playwright/test';
import { addSizes, compressedSizes, type Sizes } from './size/measure.mjs';

export interface Downloaded {
  /** Summed over the files: raw, gzip -9, brotli -q 11. */
  bytes: Sizes;
  /** URL paths (no query) of the files counted, in the order they finished. */
  files: string[];
  /** Library files that failed or did not answer 200: each a path and why. */
  failed: string[];
}

export interface Downloads {
  /** Resolves true once no request for a library file is in flight, false after `timeoutMs`. */
  idle(timeoutMs: number): Promise<boolean>;
  /** What was downloaded since the last take() (waits for the bodies), and starts afresh. */
  take(): Promise<Downloaded>;
  stop(): void;
}

/** True when `url` is one of the library's files: same-origin paths under one of `prefixes`. */
export function isLibraryFile(url: string, prefixes: readonly string[]): boolean {
  if (!url.startsWith('http')) return false; // data: and blob: URLs are not downloads
  const path = new URL(url).pathname;
  return prefixes.some((prefix) => path.startsWith(prefix));
}

export function trackDownloads(page: Page, prefixes: readonly string[]): Downloads {
  const inFlight = new Set<Request>();
  let bodies: Promise<{ path: string; body: Buffer | null; why?: string }>[] = [];
  const pathOf = (request: Request) => new URL(request.url()).pathname;

  const onRequest = (request: Request) => {
    if (isLibraryFile(request.url(), prefixes)) inFlight.add(request);
  };
  const onFinished = (request: Request) => {
    if (!inFlight.delete(request)) return;
    const path = pathOf(request);
    // Read the body now: after the next navigation Chromium may have dropped it.
    bodies.push(
      request.response().then(async (response) => {
        if (!response) return { path, body: null, why: 'no response' };
        if (response.status() !== 200) return { path, body: null, why: `HTTP ${response.status()}` };
        return { path, body: await response.body() };
      }).catch((error: Error) => ({ path, body: null, why: error.message })),
    );
  };
  const onFailed = (request: Request) => {
    if (!inFlight.delete(request)) return;
    bodies.push(Promise.resolve({ path: pathOf(request), body: null, why: request.failure()?.errorText ?? 'failed' }));
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);

  return {
    async idle(timeoutMs) {
      // Polled from Node, not from the page, so waiting adds no script time to what is measured.
      const deadline = Date.now() + timeoutMs;
      while (inFlight.size > 0) {
        if (Date.now() > deadline) return false;
        await new Promise((done) => setTimeout(done, 20));
      }
      return true;
    },
    async take() {
      const taken = bodies;
      bodies = [];
      const done = await Promise.all(taken);
      const files: string[] = [];
      const failed: string[] = [];
      const sizes: Sizes[] = [];
      for (const { path, body, why } of done) {
        if (body) {
          files.push(path);
          sizes.push(compressedSizes(body));
        } else failed.push(`${path} (${why})`);
      }
      const bytes = addSizes(sizes);
      return { bytes, files, failed };
    },
    stop() {
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      page.off('requestfailed', onFailed);
    },
  };
}
