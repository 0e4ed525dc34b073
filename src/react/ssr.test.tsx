/** @jsxImportSource react */
import { renderToString } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { TestApp } from './testing/app';
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

describe('consentry/react on the server (Node: no document, no window)', () => {
  test('without a cookie: "not decided", every gate shows its fallback; no instance, no widget, no global touched', () => {
    expect(typeof document).toBe('undefined');
    const store = untouchable();
    const errors = vi.spyOn(console, 'error');
    const html = renderToString(<TestApp config={testConfig()} options={{ store, outbox: memoryOutbox(), now: () => NOW }} />);
    expect(html).toContain('not decided, statistics off');
    expect(html).toContain('Statistics are off.');
    expect(html).toContain('Allow ads');
    expect(html).not.toContain('<iframe');
    expect(html).toContain('Cookie settings');
    expect(store.read).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  test('with the visitor’s Cookie header: their real state, granted blocks rendered', () => {
    const header = `sid=abc; consentry=${choice({ analytics: true, marketing: true })}`;
    const html = renderToString(<TestApp config={testConfig()} cookie={header} options={{ store: untouchable(), now: () => NOW }} />);
    expect(html).toContain('decided, statistics on');
    expect(html).toContain('Statistics are on.');
    expect(html).toContain('<iframe id="ad"');
    // The same from the state readConsent gives, which is what a page should carry to the browser.
    const state = readConsent(header, testConfig(), { now: () => NOW });
    expect(renderToString(<TestApp config={testConfig()} initialState={state} options={{ store: untouchable() }} />)).toBe(html);
  });

  test('a refusal, a forged and an expired cookie render as the browser would compute them', () => {
    const render = (cookie: string) => renderToString(<TestApp config={testConfig()} cookie={cookie} options={{ store: untouchable(), now: () => NOW }} />);
    expect(render(`consentry=${choice({ analytics: false, marketing: false })}`)).toContain('decided, statistics off');
    expect(render('consentry=2~forged~2026-01~0~0~1~-~analytics=1|marketing=1~')).toContain('not decided, statistics off');
    const old = encodeChoice({ consentId: 'AbCdEfGhIjKlMnOpQrStUv', revision: '2026-01', createdAt: 0, updatedAt: NOW - 400 * 864e5, sequence: 1, gpcOverride: false, categories: { analytics: true, marketing: true }, services: {} });
    expect(render(`consentry=${old}`)).toContain('not decided, statistics off');
  });

  test('useConsent() outside the provider says what is missing', () => {
    function Orphan() {
      useConsent();
      return null;
    }
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderToString(<Orphan />)).toThrow('[consentry] useConsent() needs a <ConsentProvider> above it.');
  });
});
