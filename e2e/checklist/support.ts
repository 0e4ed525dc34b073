import { expect, type Locator, type Page } from '@playwright/test';
import type { DemoUnderTest } from '../demo/demo-server';

/**
 * Shared by the GUIDE §3 checklist specs (docs/checklist.md): the demo sites under test, the
 * widget's parts inside its shadow root, and "nothing was granted" as one assertion.
 */
export const SITES = [
  { id: 'arcon', lang: 'ru', counter: null },
  { id: 'shop', lang: 'ru', counter: 12345678 },
  { id: 'infomaximum', lang: 'ru', counter: 12345678 },
  { id: 'cmachines', lang: 'en', counter: null },
] as const;
export type Site = (typeof SITES)[number];

export const banner = (page: Page): Locator => page.locator('consentry-widget [data-consentry=banner]');
export const dialog = (page: Page): Locator => page.locator('consentry-widget dialog.prefs');

/** Every request the demo's tracker and embed stubs received from this site. */
export const stubHits = (demo: DemoUnderTest, site: string) => demo.stubLog.forSite(site).map((e) => `${e.kind} ${e.path}`);

/**
 * Nothing granted: no consent cookie, the state undecided and every optional category off,
 * no record in the consent log from this site, no request to a tracker stub or a real tracker
 * host, no tracker cookie or `_ym*` key, Metrica still disabled and no Consent Mode update.
 */
export async function expectNoGrant(page: Page, demo: DemoUnderTest, site: Site, realTrackerRequests: string[], step: string): Promise<void> {
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'consentry'), `${step}: consent cookie`).toBeUndefined();
  expect(cookies.map((c) => c.name).filter((n) => /^(_ga|_gid|_gat|_gcl_|_ym)/.test(n)), `${step}: tracker cookies`).toEqual([]);
  const state = await page.evaluate((counter) => {
    const s = window.consentry!.state;
    const w = window as unknown as Record<string, unknown> & { dataLayer?: unknown[] };
    return {
      decided: s.decided,
      granted: Object.entries(s.categories).filter(([k, v]) => k !== 'necessary' && v).map(([k]) => k),
      storage: Object.keys(localStorage).concat(Object.keys(sessionStorage)).filter((k) => k.startsWith('_ym')),
      metricaDisabled: counter === null ? true : w[`disableYaCounter${counter}`] === true,
      consentUpdates: (w.dataLayer ?? []).filter((e) => Object.prototype.toString.call(e) === '[object Arguments]' && (e as IArguments)[0] === 'consent' && (e as IArguments)[1] === 'update').length,
    };
  }, site.counter);
  expect(state, step).toEqual({ decided: false, granted: [], storage: [], metricaDisabled: true, consentUpdates: 0 });
  const origin = new URL(demo.siteUrl(site.id)).origin;
  expect([...demo.store.range(new Date(0), new Date(8.64e15))].flat().filter((r) => r.record.origin === origin).map((r) => r.record.action), `${step}: records`).toEqual([]);
  expect(stubHits(demo, site.id), `${step}: tracker and embed stubs`).toEqual([]);
  expect(realTrackerRequests, `${step}: real tracker hosts`).toEqual([]);
}

/** What has focus, inside shadow roots too. */
export const focusedPath = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    let inWidget = false;
    while (el?.shadowRoot?.activeElement) {
      inWidget = true;
      el = el.shadowRoot.activeElement;
    }
    return { inWidget, tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', action: el?.getAttribute('data-action') ?? null };
  });
