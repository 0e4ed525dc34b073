// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
/** @jsxImportSource react */
import { act, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, vi } from 'vitest';
import { TestApp } from './testing/app';
import { fakeMountUi } from '../adapters/testing/choices';
import type { Hydrator } from '../adapters/testing/hydration';
import { hydrationTests } from '../adapters/testing/hydration';

const widget = vi.hoisted(() => ({ count: 0, shown: 0 }));
vi.mock('../ui/index', () => ({ mountUi: fakeMountUi(widget) }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

/** Hydrates under StrictMode, which mounts, unmounts and mounts again: still one instance, one record per decision. */
function reactHydrator(): Hydrator {
  const container = document.body.appendChild(document.createElement('div'));
  const problems: unknown[] = [];
  // React reports a hydration mismatch through console.error and onRecoverableError.
  vi.spyOn(console, 'error').mockImplementation((...args) => void problems.push(args));
  vi.spyOn(console, 'warn').mockImplementation((...args) => void problems.push(args));
  let root: Root | undefined;
  cleanup = () => {
    act(() => root?.unmount());
    container.remove();
  };
  return {
    container,
    problems,
    async hydrate(server, browser = server) {
      container.innerHTML = renderToString(<TestApp {...server} />);
      const html = container.innerHTML;
      await act(async () => {
        root = hydrateRoot(
          container,
          <StrictMode>
            <TestApp {...browser} />
          </StrictMode>,
          { onRecoverableError: (error) => void problems.push(error) },
        );
      });
      return html;
    },
    // Inside act until the page changed: a decision lands once its lazily loaded part has arrived.
    click: (selector) =>
      act(async () => {
        const before = container.innerHTML;
        container.querySelector<HTMLElement>(selector)!.click();
        for (let i = 0; i < 200 && container.innerHTML === before; i++) await new Promise((done) => setTimeout(done, 10));
      }),
  };
}

describe('consentry/react hydrating server HTML (jsdom)', () => {
  hydrationTests(reactHydrator, widget);
});
