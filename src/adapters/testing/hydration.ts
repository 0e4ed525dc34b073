import { expect, test, vi } from 'vitest';
import { storedChoice } from './choices';
import type { WidgetSpy } from './choices';
import type { ConsentSetup } from '../binding';
import { readConsent } from '../../core/read-consent';
import { testConfig } from '../../core/testing/config-fixture';
import type { ConsentOptions } from '../../core/types';
import { memoryOutbox } from '../../storage/memory-store';

/** How a framework's test renders the test app on the server and hydrates it in this jsdom page. */
export interface Hydrator {
  /** Puts the server's HTML for `server` in the container, hydrates it with `browser` (default the same), waits for effects; returns that HTML. */
  hydrate(server: ConsentSetup, browser?: ConsentSetup): Promise<string>;
  /** Clicks and lets the framework re-render. */
  click(selector: string): Promise<void>;
  readonly container: HTMLElement;
  /** What the framework reported while hydrating (mismatches) or after: console errors and warnings. */
  readonly problems: unknown[];
}

/** The hydration contract both adapters keep, on the app of server-render.ts. Run in jsdom. */
export function hydrationTests(harness: () => Hydrator, widget: WidgetSpy): void {
  const options = (): ConsentOptions => ({ outbox: memoryOutbox() });
  const granted = () => `consentry=${storedChoice({ analytics: true, marketing: true })}`;

  test('rendered with the visitor’s state, hydrated with it: no mismatch, nothing changes while the instance starts', async () => {
    const h = harness();
    localStorage.clear(); // nothing kept: the checker is fetched
    document.cookie = `${granted()}; path=/`;
    const initialState = readConsent(document.cookie, testConfig());
    const serverHtml = await h.hydrate({ config: testConfig(), initialState, options: options(), ui: false });
    expect(h.problems).toEqual([]);
    expect(serverHtml).toContain('Statistics are on.');
    expect(h.container.innerHTML).toBe(serverHtml);
    // Started (its checker is a lazy chunk): the same state, so the page never changed.
    await vi.waitFor(() => expect(localStorage.getItem('consentry.configs')).not.toBeNull());
    expect(h.container.innerHTML).toBe(serverHtml);
  });

  test('rendered without the cookie, the browser has one: no mismatch, then the real state without a reload', async () => {
    const h = harness();
    document.cookie = `${granted()}; path=/`;
    const serverHtml = await h.hydrate({ config: testConfig(), options: options(), ui: false });
    expect(serverHtml).toContain('Statistics are off.');
    expect(h.problems).toEqual([]);
    await vi.waitFor(() => expect(h.container.querySelector('#status')?.textContent).toBe('decided, statistics on'));
    expect(h.container.querySelector('#ad')).not.toBeNull();
  });

  // At once: as soon as the decision is stored (its part is a lazy chunk, fetched on the first decision).
  test('a decision shows the gated content at once, a withdrawal hides it; one record each', async () => {
    const h = harness();
    const records: string[] = [];
    await h.hydrate({ config: testConfig(), options: { ...options(), onRecord: (r) => void records.push(r.action) }, ui: false });
    expect(h.container.querySelector('#status')?.textContent).toBe('not decided, statistics off');
    await h.click('#allow-ads');
    await vi.waitFor(() => expect(h.container.querySelector('#status')?.textContent).toBe('decided, statistics on'));
    expect(h.container.querySelector('#ad')).not.toBeNull();
    expect(document.cookie).toMatch(/consentry=2~/);
    await h.click('#withdraw');
    await vi.waitFor(() => expect(h.container.querySelector('#stats-off')?.textContent).toBe('Statistics are off.'));
    expect(h.container.querySelector('#ad')).toBeNull();
    expect(records).toEqual(['accept_all', 'withdraw']);
    expect(h.problems).toEqual([]);
  });

  test('the widget is loaded once the app is on the page, once; the settings link asks it for the preferences', async () => {
    const h = harness();
    Object.assign(widget, { count: 0, shown: 0 });
    await h.hydrate({ config: testConfig(), options: options() });
    await vi.waitFor(() => expect(widget.count).toBe(1));
    await h.click('#settings');
    await vi.waitFor(() => expect(widget.shown).toBe(1));
    expect(h.problems).toEqual([]);
  });

  test('the check can fail: hydrating with another state than the server rendered is reported', async () => {
    const h = harness();
    await h.hydrate({ config: testConfig(), options: options(), ui: false }, { config: testConfig(), initialState: readConsent(granted(), testConfig()), options: options(), ui: false });
    expect(JSON.stringify(h.problems, (_key, value: unknown) => (value instanceof Error ? value.message : value))).toMatch(/hydrat/i);
  });
}
