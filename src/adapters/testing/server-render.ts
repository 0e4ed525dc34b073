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
  test('without a cookie: "not decided", every gate shows its fallback; no instance, no widget, no global touched', async () => {
    expect(typeof document).toBe('undefined');
    const store = untouchableStore();
    const output = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
    const html = await render({ config: testConfig(), options: { store, outbox: memoryOutbox(), now: () => NOW } });
    expect(html).toContain('not decided, statistics off');
    expect(html).toContain('Statistics are off.');
    expect(html).toContain('Allow ads');
    expect(html).not.toContain('<iframe');
    expect(html).toContain('Cookie settings');
    expect(store.read).not.toHaveBeenCalled();
    for (const spy of output) expect(spy).not.toHaveBeenCalled();
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  test('with the visitor’s Cookie header: their real state, granted blocks rendered; the same from readConsent’s state', async () => {
    const header = `sid=abc; consentry=${storedChoice({ analytics: true, marketing: true }, NOW)}`;
    const html = await render({ config: testConfig(), cookie: header, options: { store: untouchableStore(), now: () => NOW } });
    expect(html).toContain('decided, statistics on');
    expect(html).toContain('Statistics are on.');
    expect(html).toContain('<iframe id="ad"');
    // What a page should carry to the browser: the state, not the whole Cookie header.
    const state = readConsent(header, testConfig(), { now: () => NOW });
    expect(await render({ config: testConfig(), initialState: state, options: { store: untouchableStore() } })).toBe(html);
  });

  test('a refusal, a forged and an expired cookie render as the browser would compute them', async () => {
    const withCookie = (cookie: string) => render({ config: testConfig(), cookie, options: { store: untouchableStore(), now: () => NOW } });
    expect(await withCookie(`consentry=${storedChoice({ analytics: false, marketing: false }, NOW)}`)).toContain('decided, statistics off');
    expect(await withCookie('consentry=2~forged~2026-01~0~0~1~-~analytics=1|marketing=1~')).toContain('not decided, statistics off');
    expect(await withCookie(`consentry=${storedChoice({ analytics: true, marketing: true }, NOW - 400 * 864e5)}`)).toContain('not decided, statistics off');
  });
}
