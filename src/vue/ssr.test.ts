import { describe, expect, test, vi } from 'vitest';
import { createSSRApp, defineComponent } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { testApp } from './testing/app';
import { encodeChoice } from '../core/choice-format';
import { readConsent } from '../core/read-consent';
import { testConfig } from '../core/testing/config-fixture';
import { memoryOutbox } from '../storage/memory-store';
import { useConsent } from './index';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const choice = (categories: Record<string, boolean>) =>
  encodeChoice({ consentId: 'AbCdEfGhIjKlMnOpQrStUv', revision: '2026-01', createdAt: NOW, updatedAt: NOW, sequence: 1, gpcOverride: false, categories, services: {} });

/** A store that must not be read: the server creates no instance. */
const untouchable = () => ({ read: vi.fn(), write: vi.fn(), remove: vi.fn() });

describe('consentry/vue on the server (Node: no document, no window)', () => {
  test('without a cookie: "not decided", every gate shows its fallback; no instance, no widget, no global touched', async () => {
    expect(typeof document).toBe('undefined');
    const store = untouchable();
    const warnings = vi.spyOn(console, 'warn');
    const html = await renderToString(testApp({ config: testConfig(), options: { store, outbox: memoryOutbox(), now: () => NOW } }));
    expect(html).toContain('not decided, statistics off');
    expect(html).toContain('Statistics are off.');
    expect(html).toContain('Allow ads');
    expect(html).not.toContain('<iframe');
    expect(html).toContain('Cookie settings');
    expect(store.read).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    expect(typeof window).toBe('undefined');
  });

  test('with the visitor’s Cookie header: their real state, granted blocks rendered; the same from readConsent’s state', async () => {
    const header = `sid=abc; consentry=${choice({ analytics: true, marketing: true })}`;
    const html = await renderToString(testApp({ config: testConfig(), cookie: header, options: { store: untouchable(), now: () => NOW } }));
    expect(html).toContain('decided, statistics on');
    expect(html).toContain('Statistics are on.');
    expect(html).toContain('<iframe id="ad"');
    const state = readConsent(header, testConfig(), { now: () => NOW });
    expect(await renderToString(testApp({ config: testConfig(), initialState: state, options: { store: untouchable() } }))).toBe(html);
  });

  test('a refusal and a forged cookie render as the browser would compute them', async () => {
    const render = (cookie: string) => renderToString(testApp({ config: testConfig(), cookie, options: { store: untouchable(), now: () => NOW } }));
    expect(await render(`consentry=${choice({ analytics: false, marketing: false })}`)).toContain('decided, statistics off');
    expect(await render('consentry=2~forged~2026-01~0~0~1~-~analytics=1|marketing=1~')).toContain('not decided, statistics off');
  });

  test('useConsent() without the plugin says what is missing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const Orphan = defineComponent({ setup: () => (useConsent(), () => null) });
    await expect(renderToString(createSSRApp(Orphan))).rejects.toThrow('[consentry] useConsent() needs the plugin: app.use(consentry, { config }).');
  });
});
