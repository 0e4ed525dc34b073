// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
/** @jsxImportSource react */
import { act, Activity } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TestApp } from './testing/app';
import type { ConsentSetup } from '../adapters/binding';
import type { Remounter } from '../adapters/testing/remount';
import { remountTests } from '../adapters/testing/remount';
import { storedChoice } from '../adapters/testing/choices';
import { siteConfig } from '../integrations/testing/site';
import { yandexMetrica } from '../integrations/yandex-metrica';
import { memoryOutbox } from '../storage/memory-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
// The instance starts, and a decision lands, after the act() that caused it (their parts are lazy chunks).
beforeEach(() => {
  const error = console.error;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (String(args[0]).includes('not wrapped in act') || error(...args)));
});

/**
 * Renders `app(n, setup())` (the props made anew, as an app's render does), and on a remount
 * `hidden(setup())` or nothing, waits past the instance's teardown (a microtask), then `app(n + 1, …)`.
 */
function reactRemounter(app: (n: number, setup: ConsentSetup) => ReactNode, hidden?: (setup: ConsentSetup) => ReactNode): () => Remounter {
  return () => {
    const container = document.body.appendChild(document.createElement('div'));
    const root: Root = createRoot(container);
    let setup: () => ConsentSetup;
    let n = 0;
    cleanup = () => {
      act(() => root.unmount());
      container.remove();
    };
    const render = (node: ReactNode) => act(async () => root.render(node));
    return {
      container,
      async mount(make) {
        setup = make;
        await render(app(n, setup()));
      },
      async remount() {
        await render(hidden ? hidden(setup()) : null);
        await new Promise((done) => setTimeout(done));
        await render(app(++n, setup()));
      },
      click: (selector) =>
        act(async () => {
          const before = container.innerHTML;
          container.querySelector<HTMLElement>(selector)!.click();
          for (let i = 0; i < 200 && container.innerHTML === before; i++) await new Promise((done) => setTimeout(done, 10));
        }),
    };
  };
}

describe('consentry/react: the provider taken away and back (a new instance on the same window)', () => {
  // A key that changes: React unmounts the provider and mounts a new one.
  describe('a keyed remount', () => {
    remountTests(reactRemounter((n, setup) => <TestApp key={n} {...setup} />));
  });
  // Hidden: React runs the effects' clean-ups (the instance is destroyed) and keeps the state; visible: the effects again.
  describe('<Activity mode="hidden"> then visible', () => {
    const activity = (mode: 'hidden' | 'visible') => (setup: ConsentSetup) => (
      <Activity mode={mode}>
        <TestApp {...setup} />
      </Activity>
    );
    remountTests(reactRemounter((_n, setup) => activity('visible')(setup), activity('hidden')));
  });
});

// The README's own way: `options={{ plugins: [...] }}` written in the render, so every render of the
// app makes its plugins anew (the provider reads its props once and keeps the first).
describe('consentry/react: the app renders again after a grant, its plugins made anew', () => {
  it("Metrica's counter keeps counting: a plugin made again does not raise the flag over a counter granted on this window", async () => {
    const page = window as unknown as Record<string, unknown> & { ym?: { a?: IArguments[] } };
    document.cookie = `consentry=${storedChoice({ functional: false, analytics: true, marketing: true })}; path=/`;
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    const outbox = memoryOutbox();
    const app = () => <TestApp config={siteConfig({ yandex: true })} options={{ outbox, plugins: [yandexMetrica({ id: 12345678, webvisor: true })] }} ui={false} />;
    cleanup = () => {
      act(() => root.unmount());
      container.remove();
      for (const key of ['ym', 'disableYaCounter12345678']) delete page[key];
      document.head.innerHTML = '';
      document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    };
    await act(async () => root.render(app()));
    await vi.waitFor(() => expect((page.ym?.a ?? []).length).toBe(1));
    expect(page.disableYaCounter12345678).toBeFalsy();
    await act(async () => root.render(app()));
    // Before, true: the counter the visitor granted was switched off by a render, until their next change.
    expect(page.disableYaCounter12345678).toBeFalsy();
  });
});
