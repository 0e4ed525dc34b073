/**
 * One benchmark run of one page: a first visit in a fresh browser context (banner, Accept),
 * then a returning visit in the same context with the stored choice.
 */
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { trackDownloads, type Downloads } from './downloads';
import type { Library } from './libraries';
import { HOVER_MS } from './hover';
import type { Sizes } from './size/measure.mjs';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

/** After the load event (and the banner), how long to keep watching for late work and shifts. */
const SETTLE_MS = 300;

export interface VisitSample {
  /** Bodies of the library's own files downloaded during the visit (the first visit: up to
   * and including what the click on Accept fetched). */
  bytes: Sizes;
  /** Their URL paths, in the order they finished. */
  files: string[];
  /** ms from navigation start; `null` when no banner showed. */
  bannerAt: number | null;
  loadAt: number;
  /** Main-thread script time in the page's renderer, ms (CDP Performance.getMetrics). */
  scriptMs: number;
  longTasks: number;
  longTaskMs: number;
  cls: number;
  /** ms from navigation start until the gated analytics script ran: on a first visit, before
   * any click, it must be `null`; on a returning visit, the stored choice ran it. */
  gatedAt: number | null;
}

export interface RunSample {
  library: string;
  cpu: number;
  first: VisitSample;
  /** ms from the click on Accept until the gated script ran; `null` if no banner or it did not run. */
  acceptToGated: number | null;
  /** The same, on a second first visit (its own context, after the first closed), with the pointer on Accept {@link HOVER_MS} ms before the click. */
  acceptToGatedAfterHover: number | null;
  /** The click on Accept's Interaction to Next Paint (Event Timing), ms; 16 when under Chromium's
   * 16 ms floor; `null` if no banner, or the browser has no Event Timing. */
  acceptPaint: number | null;
  /** How the stored choice for the returning visit was made. */
  primedBy: 'banner' | 'api' | 'none';
  returning: VisitSample;
  /** True when the banner showed again on the returning visit (it should not). */
  bannerOnReturn: boolean;
  notes: string[];
}

export interface RunOptions {
  url: string;
  cpu: number;
  /** How long to wait for a banner, for the gated script after Accept (ms, before throttling). */
  bannerTimeoutMs: number;
  gatedTimeoutMs: number;
}

export async function measureRun(browser: Browser, library: Library, options: RunOptions): Promise<RunSample> {
  const notes: string[] = [];
  const run = await firstAndReturning(browser, library, options, notes);
  // Once that context is closed, so its throttled page does not share the CPU with this visit.
  let acceptToGatedAfterHover: number | null = null;
  if (run.first.bannerAt !== null && library.accept) {
    acceptToGatedAfterHover = await hoveredAccept(browser, library, options, notes).catch((error: unknown) => (notes.push(`hovered visit: ${String(error)}`), null));
  }
  return { ...run, acceptToGatedAfterHover, notes };
}

/** A first visit (banner, Accept at once), then a returning visit in the same context. */
async function firstAndReturning(browser: Browser, library: Library, options: RunOptions, notes: string[]): Promise<Omit<RunSample, 'acceptToGatedAfterHover' | 'notes'>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: `window.__benchConfig = ${JSON.stringify({ banner: library.banner })};\n${PROBE}` });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // Emulation persists across this page's navigations, so both visits run at the same speed.
    if (options.cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu });
    const slow = options.cpu;
    const downloads = trackDownloads(page, library.files);
    // A library still fetching its own files (tarteaucitron's language and services) is not done.
    const idleMs = options.gatedTimeoutMs * slow;

    const missing = library.bannerMissingReason();
    const first = await visit(page, cdp, options.url, { bannerTimeoutMs: missing ? 0 : options.bannerTimeoutMs * slow, gatedTimeoutMs: 0 });
    if (missing) notes.push(`banner not present: ${missing}`);
    else if (first.bannerAt === null) notes.push(`banner not seen within ${options.bannerTimeoutMs * slow} ms: check the selector ${library.banner}`);
    if (first.gatedAt !== null && library.accept) notes.push('gated script ran before any choice');

    let acceptToGated: number | null = null;
    let acceptPaint: number | null = null;
    let primedBy: RunSample['primedBy'] = 'none';
    if (first.bannerAt !== null && library.accept) {
      const clicked = await clickAccept(page, library, options, 0, (note) => notes.push(note));
      if (clicked) primedBy = 'banner';
      if (clicked === 'ran') acceptToGated = await page.evaluate(() => (window as any).__gatedRanAt - (window as any).__bench.clickAt);
    }
    if (primedBy === 'none' && library.acceptViaApi) {
      await page.evaluate(library.acceptViaApi);
      primedBy = 'api';
    }
    // Let the library finish writing its choice (cookie writes are synchronous; records are not).
    await page.waitForTimeout(100);
    // Event Timing entries arrive after the frame they end at: read once that has surely passed.
    if (primedBy === 'banner') acceptPaint = await page.evaluate(() => ((window as any).__bench.unsupported ?? []).includes('event') ? null : ((window as any).__bench.acceptPaint ?? 16));
    // The first visit's bytes include what deciding fetched (a chunk loaded on Accept, say).
    Object.assign(first, await downloaded(downloads, idleMs, 'first visit', notes));

    const returning = await visit(page, cdp, options.url, { bannerTimeoutMs: 0, gatedTimeoutMs: primedBy === 'none' ? 0 : options.gatedTimeoutMs * slow });
    Object.assign(returning, await downloaded(downloads, idleMs, 'returning visit', notes));
    downloads.stop();
    const bannerOnReturn = returning.bannerAt !== null;
    if (bannerOnReturn) notes.push('banner showed again on the returning visit');
    if (primedBy !== 'none' && returning.gatedAt === null) notes.push('gated script did not run on the returning visit');
    return { library: library.id, cpu: options.cpu, first, acceptToGated, acceptPaint, primedBy, returning, bannerOnReturn };
  } finally {
    await context.close();
  }
}

/**
 * Clicks the banner's Accept (after `hoverMs` with the pointer on it, if any) and waits for the
 * gated script: `'ran'`, `'clicked'` (it did not run: noted), or `null` (no button: noted).
 */
async function clickAccept(page: Page, library: Library, options: RunOptions, hoverMs: number, note: (text: string) => void): Promise<'ran' | 'clicked' | null> {
  const slow = options.cpu;
  const button = await page.evaluateHandle((selector) => (window as any).__benchQuery(selector), library.accept!);
  const element = button.asElement();
  if (!element) {
    note(`accept button not found: ${library.accept}`);
    return null;
  }
  if (library.acceptReady) await page.waitForFunction(library.acceptReady, undefined, { timeout: options.gatedTimeoutMs * slow }).catch(() => note(`not ready to accept: ${library.acceptReady}`));
  if (hoverMs) {
    await element.hover();
    await page.waitForTimeout(hoverMs);
  }
  await element.click();
  const ran = await page.evaluate((ms) => (window as any).__bench.waitGated(ms), options.gatedTimeoutMs * slow);
  if (ran) return 'ran';
  note('gated script did not run after Accept');
  return 'clicked';
}

/** A second first visit, in a fresh context at the same CPU setting: Accept clicked after the pointer rested on it. */
async function hoveredAccept(browser: Browser, library: Library, options: RunOptions, notes: string[]): Promise<number | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: `window.__benchConfig = ${JSON.stringify({ banner: library.banner })};\n${PROBE}` });
    const cdp = await context.newCDPSession(page);
    if (options.cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu });
    const note = (text: string) => notes.push(`hovered visit: ${text}`);
    await page.goto(options.url, { waitUntil: 'load' });
    if (!(await page.evaluate((ms) => (window as any).__bench.waitBanner(ms), options.bannerTimeoutMs * options.cpu))) {
      note(`banner not seen within ${options.bannerTimeoutMs * options.cpu} ms`);
      return null;
    }
    if ((await clickAccept(page, library, options, HOVER_MS, note)) !== 'ran') return null;
    return await page.evaluate(() => (window as any).__gatedRanAt - (window as any).__bench.clickAt);
  } finally {
    await context.close();
  }
}

async function downloaded(downloads: Downloads, idleMs: number, name: string, notes: string[]): Promise<Pick<VisitSample, 'bytes' | 'files'>> {
  if (!(await downloads.idle(idleMs))) notes.push(`${name}: a library file was still loading after ${idleMs} ms`);
  const { bytes, files, failed } = await downloads.take();
  for (const file of failed) notes.push(`${name}: library file not downloaded: ${file}`);
  return { bytes, files };
}

interface VisitOptions {
  /** Wait this long for the banner (0: do not wait). */
  bannerTimeoutMs: number;
  /** Wait this long for the gated script, on a returning visit with a stored grant (0: do not wait). */
  gatedTimeoutMs: number;
}

/** One navigation, measured once it settled; its bytes are filled in by the caller. */
async function visit(page: Page, cdp: CDPSession, url: string, options: VisitOptions): Promise<VisitSample> {
  await page.goto(url, { waitUntil: 'load' });
  if (options.bannerTimeoutMs > 0) await page.evaluate((ms) => (window as any).__bench.waitBanner(ms), options.bannerTimeoutMs);
  if (options.gatedTimeoutMs > 0) await page.evaluate((ms) => (window as any).__bench.waitGated(ms), options.gatedTimeoutMs);
  await page.waitForTimeout(SETTLE_MS);
  const probe = await page.evaluate(() => {
    const bench = (window as any).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const gated = (window as any).__gatedRanAt;
    return {
      bannerAt: bench.bannerAt as number | null,
      loadAt: nav ? nav.loadEventStart : NaN,
      longTasks: (bench.longTasks as number[]).length,
      longTaskMs: (bench.longTasks as number[]).reduce((sum, d) => sum + d, 0),
      cls: bench.cls as number,
      gatedAt: typeof gated === 'number' ? gated : null,
    };
  });
  // ScriptDuration restarts with each navigation of the page (checked on Chromium 156), so
  // the value after the visit is that visit's scripting.
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
  return { ...probe, scriptMs, bytes: { raw: 0, gzip: 0, brotli: 0 }, files: [] };
}
