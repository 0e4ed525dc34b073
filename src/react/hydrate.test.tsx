// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
/** @jsxImportSource react */
import { act, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { TestApp } from './testing/app';
import { encodeChoice } from '../core/choice-format';
import { testConfig } from '../core/testing/config-fixture';
import type { ConsentOptions } from '../core/types';
import { memoryOutbox } from '../storage/memory-store';

const mounted = vi.hoisted(() => ({ count: 0, shown: 0 }));
vi.mock('../ui/index', () => ({
  mountUi: (consent: { on(e: 'show', fn: () => void): () => void }) => {
    mounted.count++;
    const off = consent.on('show', () => void mounted.shown++);
    return { open() {}, destroy: off };
  },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const granting = () =>
  encodeChoice({ consentId: 'AbCdEfGhIjKlMnOpQrStUv', revision: '2026-01', createdAt: Date.now() - 1000, updatedAt: Date.now() - 1000, sequence: 1, gpcOverride: false, categories: { analytics: true, marketing: true }, services: {} });

let root: Root | undefined;
let container: HTMLElement;
let problems: unknown[];

beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  problems = [];
  // React reports a hydration mismatch through console.error and onRecoverableError.
  vi.spyOn(console, 'error').mockImplementation((...args) => void problems.push(args));
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

/** The server's HTML, hydrated in this page with the same props, as a framework would. */
async function hydrate(props: Parameters<typeof TestApp>[0], strict = false) {
  container.innerHTML = renderToString(<TestApp {...props} />);
  const serverHtml = container.innerHTML;
  const app = strict ? (
    <StrictMode>
      <TestApp {...props} />
    </StrictMode>
  ) : (
    <TestApp {...props} />
  );
  await act(async () => {
    root = hydrateRoot(container, app, { onRecoverableError: (error) => void problems.push(error) });
  });
  return serverHtml;
}

const text = (selector: string) => container.querySelector(selector)?.textContent ?? null;
const options = (): ConsentOptions => ({ outbox: memoryOutbox() });

describe('consentry/react hydrating server HTML (jsdom)', () => {
  test('rendered with the visitor’s cookie, hydrated with it: no mismatch, nothing changes', async () => {
    const cookie = `consentry=${granting()}`;
    document.cookie = `${cookie}; path=/`;
    const serverHtml = await hydrate({ config: testConfig(), cookie: document.cookie, options: options(), ui: false });
    expect(problems).toEqual([]);
    expect(serverHtml).toContain('Statistics are on.');
    expect(container.innerHTML).toBe(serverHtml);
  });

  test('rendered without the cookie, the browser has one: no mismatch, then the real state without a reload', async () => {
    document.cookie = `consentry=${granting()}; path=/`;
    const serverHtml = await hydrate({ config: testConfig(), options: options(), ui: false });
    expect(serverHtml).toContain('Statistics are off.');
    expect(problems).toEqual([]);
    expect(text('#status')).toBe('decided, statistics on');
    expect(container.querySelector('#ad')).not.toBeNull();
  });

  test('a decision shows the gated content at once, a withdrawal hides it; StrictMode still makes one record per decision', async () => {
    const records: string[] = [];
    await hydrate({ config: testConfig(), options: { ...options(), onRecord: (r) => void records.push(r.action) }, ui: false }, true);
    expect(text('#status')).toBe('not decided, statistics off');
    await act(async () => container.querySelector<HTMLButtonElement>('#allow-ads')!.click());
    expect(text('#status')).toBe('decided, statistics on');
    expect(container.querySelector('#ad')).not.toBeNull();
    expect(document.cookie).toMatch(/consentry=2~/);
    await act(async () => container.querySelector<HTMLButtonElement>('#withdraw')!.click());
    expect(text('#stats-off')).toBe('Statistics are off.');
    expect(container.querySelector('#ad')).toBeNull();
    expect(records).toEqual(['accept_all', 'withdraw']);
    expect(problems).toEqual([]);
  });

  test('the widget is loaded after hydration, once; the settings link asks it for the preferences', async () => {
    Object.assign(mounted, { count: 0, shown: 0 });
    await hydrate({ config: testConfig(), options: options() });
    await vi.waitFor(() => expect(mounted.count).toBe(1));
    await act(async () => container.querySelector<HTMLButtonElement>('#settings')!.click());
    await vi.waitFor(() => expect(mounted.shown).toBe(1));
    expect(problems).toEqual([]);
  });

  test('the check can fail: hydrating with another state than the server rendered is reported', async () => {
    container.innerHTML = renderToString(<TestApp config={testConfig()} options={options()} ui={false} />);
    await act(async () => {
      root = hydrateRoot(container, <TestApp config={testConfig()} cookie={`consentry=${granting()}`} options={options()} ui={false} />, {
        onRecoverableError: (error) => void problems.push(error),
      });
    });
    expect(String(problems[0])).toMatch(/hydrat/i);
  });
});
