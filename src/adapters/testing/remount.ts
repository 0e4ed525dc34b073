import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { storedChoice } from './choices';
import type { ConsentSetup } from '../binding';
import { google } from '../../integrations/google';
import { siteConfig } from '../../integrations/testing/site';
import { yandexMetrica } from '../../integrations/yandex-metrica';
import { memoryOutbox } from '../../storage/memory-store';

/** How a framework's test takes its app (or provider) away for real and brings it back: a second instance on the same window. */
export interface Remounter {
  /** Mounts the test app (src/react/testing, src/vue/testing) with `setup`, called again for each mount, as an app's render makes its props. */
  mount(setup: () => ConsentSetup): Promise<void>;
  /** Its instance destroyed (more than a microtask later, unlike StrictMode's), then a new one started. */
  remount(): Promise<void>;
  /** Clicks, and waits until the page changed. */
  click(selector: string): Promise<void>;
  readonly container: HTMLElement;
}

type Page = Window & Record<string, unknown> & { ym?: { a?: IArguments[] } };
const page = window as unknown as Page;

/** Everything Google's and Metrica's tags leave on the page: the test reads only these. */
function tagCounts() {
  const calls = (page.dataLayer ?? []).map((entry) => (Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as IArguments) : [(entry as { event?: string }).event]));
  const src = (part: string) => Array.from(document.scripts).filter((s) => s.src.includes(part)).length;
  return {
    gtagJs: src('/gtag/js'),
    gtmJs: src('/gtm.js'),
    tagJs: src('/metrika/tag.js'),
    configs: calls.filter((c) => c[0] === 'config').length,
    gtmEvents: calls.filter((c) => c[0] === 'gtm.js').length,
    inits: (page.ym?.a ?? []).filter((a) => a[1] === 'init').length,
    updates: calls.filter((c) => c[0] === 'consent' && c[1] === 'update').map((c) => (c[2] as Record<string, string>).analytics_storage),
    flag: page.disableYaCounter12345678,
  };
}

/**
 * The contract both adapters keep when their app goes and comes back (React's `<Activity>`, a
 * keyed provider, a new Vue app): the new instance runs the integrations again, but the page
 * already has their tags, so none is added twice, no page view is sent twice and no counter is
 * made twice; its own Consent Mode update still goes out. Run in jsdom.
 */
export function remountTests(harness: () => Remounter): void {
  const setup = (): ConsentSetup => ({
    config: siteConfig(),
    options: { outbox: memoryOutbox(), plugins: [google({ measurementId: 'G-TEST', containerId: 'GTM-TEST' }), yandexMetrica({ id: 12345678, webvisor: true })] },
    ui: false,
  });
  const reset = () => {
    document.head.innerHTML = '';
    for (const key of ['dataLayer', 'gtag', 'ym', 'disableYaCounter12345678']) delete page[key];
  };
  beforeEach(reset);
  afterEach(() => {
    reset();
    document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  test('a returning visitor who granted everything: gtag.js, gtm.js and tag.js once, one config, one gtm.js event, one Metrica init; each instance pushes its update', async () => {
    document.cookie = `consentry=${storedChoice({ functional: false, analytics: true, marketing: true })}; path=/`;
    const h = harness();
    await h.mount(setup);
    await vi.waitFor(() => expect(tagCounts().inits).toBe(1));
    await h.remount();
    await vi.waitFor(() => expect(tagCounts().updates).toHaveLength(2));
    expect(tagCounts()).toEqual({ gtagJs: 1, gtmJs: 1, tagJs: 1, configs: 1, gtmEvents: 1, inits: 1, updates: ['granted', 'granted'], flag: false });
  });

  test('withdrawn before the remount, granted after: the tags work again (granted, the counter no longer disabled), still added once', async () => {
    document.cookie = `consentry=${storedChoice({ functional: false, analytics: true, marketing: true })}; path=/`;
    const h = harness();
    await h.mount(setup);
    await vi.waitFor(() => expect(h.container.querySelector('#status')?.textContent).toBe('decided, statistics on'));
    await h.click('#withdraw');
    expect(tagCounts().flag).toBe(true);
    await h.remount();
    await vi.waitFor(() => expect(h.container.querySelector('#status')?.textContent).toBe('decided, statistics off'));
    await h.click('#allow-ads');
    await vi.waitFor(() => expect(tagCounts().updates.at(-1)).toBe('granted'));
    expect(tagCounts()).toMatchObject({ gtagJs: 1, gtmJs: 1, tagJs: 1, configs: 1, gtmEvents: 1, inits: 1, flag: false });
  });

  test('granted before the remount, undecided after (the cookie cleared): Google hears denied again, the counter is disabled again, nothing added twice', async () => {
    document.cookie = `consentry=${storedChoice({ functional: false, analytics: true, marketing: true })}; path=/`;
    const h = harness();
    await h.mount(setup);
    await vi.waitFor(() => expect(tagCounts().inits).toBe(1));
    document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    await h.remount();
    await vi.waitFor(() => expect(h.container.querySelector('#status')?.textContent).toBe('not decided, statistics off'));
    expect(tagCounts()).toEqual({ gtagJs: 1, gtmJs: 1, tagJs: 1, configs: 1, gtmEvents: 1, inits: 1, updates: ['granted', 'denied'], flag: true });
  });
}
