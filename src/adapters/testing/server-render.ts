import { expect, test, vi } from 'vitest';
import { storedChoice, untouchableStore } from './choices';
import type { ConsentSetup } from '../binding';
import { readConsent } from '../../core/read-consent';
import { testConfig } from '../../core/testing/config-fixture';
import { memoryOutbox } from '../../storage/memory-store';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

/**
 * The server-render contract both adapters keep, for an app that renders `#status`, a statistics
 * gate, an ad-embed gate and a settings link (src/react/testing, src/vue/testing). Run in Node.
 */
export function serverRenderTests(render: (setup: ConsentSetup) => string | Promise<string>): void {
  test('without initialState: "not decided", every gate shows its fallback; no instance, no widget, no global touched', async () => {
    expect(typeof document).toBe('undefined');
    const store = untouchableStore();
    const output = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
    const html = await render({ config: testConfig(), options: { store, outbox: memoryOutbox(), now: () => NOW } });
    expect(html).toContain('not decided, statistics off');
    expect(html).toContain('Statistics are off.');
    expect(html).toContain('Allow ads');
    expect(html).not.toContain('<iframe');
    // A way back the widget's check sees (launcher.ts), though it is no [data-consentry-open].
    expect(html).toMatch(/<button[^>]*data-consentry-link(="")?[ >][^>]*>?Cookie settings/);
    expect(store.read).not.toHaveBeenCalled();
    for (const spy of output) expect(spy).not.toHaveBeenCalled();
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  test('with readConsent’s state of the visitor’s Cookie header: their real state, granted blocks rendered', async () => {
    const header = `sid=abc; consentry=${storedChoice({ analytics: true, marketing: true }, NOW)}`;
    // What a page carries to the browser: the state, not the whole Cookie header.
    const initialState = readConsent(header, testConfig(), { now: () => NOW });
    const html = await render({ config: testConfig(), initialState, options: { store: untouchableStore() } });
    expect(html).toContain('decided, statistics on');
    expect(html).toContain('Statistics are on.');
    expect(html).toContain('<iframe id="ad"');
  });

  test('a refusal, a forged and an expired cookie render as the browser would compute them', async () => {
    const withCookie = (cookie: string) => render({ config: testConfig(), initialState: readConsent(cookie, testConfig(), { now: () => NOW }), options: { store: untouchableStore() } });
    expect(await withCookie(`consentry=${storedChoice({ analytics: false, marketing: false }, NOW)}`)).toContain('decided, statistics off');
    expect(await withCookie('consentry=2~forged~2026-01~0~0~1~-~analytics=1|marketing=1~')).toContain('not decided, statistics off');
    expect(await withCookie(`consentry=${storedChoice({ analytics: true, marketing: true }, NOW - 400 * 864e5)}`)).toContain('not decided, statistics off');
  });

  test('`cookie` (no longer read) renders nothing granted, and the console says what to pass instead', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const header = `consentry=${storedChoice({ analytics: true, marketing: true }, NOW)}`;
    const html = await render({ config: testConfig(), ...({ cookie: header } as object), options: { store: untouchableStore() } });
    expect(html).toContain('not decided, statistics off');
    expect(html).not.toContain('<iframe');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('initialState={readConsent(cookie, config)}'));
    error.mockRestore();
  });
}
