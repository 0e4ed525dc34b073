// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
import { afterEach, describe, vi } from 'vitest';
import type { App } from 'vue';
import { nextTick } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { testApp } from './testing/app';
import { fakeMountUi } from '../adapters/testing/choices';
import type { Hydrator } from '../adapters/testing/hydration';
import { hydrationTests } from '../adapters/testing/hydration';

const widget = vi.hoisted(() => ({ count: 0, shown: 0 }));
vi.mock('../ui/index', () => ({ mountUi: fakeMountUi(widget) }));

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

/** createSSRApp mounted over the server's HTML hydrates it; the plugin starts the instance after that. */
function vueHydrator(): Hydrator {
  const container = document.body.appendChild(document.createElement('div'));
  const problems: unknown[] = [];
  // Vue reports a mismatch with console.warn ("[Vue warn]: Hydration … mismatch") and console.error.
  vi.spyOn(console, 'error').mockImplementation((...args) => void problems.push(args));
  vi.spyOn(console, 'warn').mockImplementation((...args) => void problems.push(args));
  let app: App | undefined;
  cleanup = () => {
    app?.unmount();
    container.remove();
  };
  return {
    container,
    problems,
    async hydrate(server, browser = server) {
      container.innerHTML = await renderToString(testApp(server));
      const html = container.innerHTML;
      app = testApp(browser);
      app.mount(container);
      await nextTick();
      return html;
    },
    async click(selector) {
      container.querySelector<HTMLElement>(selector)!.click();
      await nextTick();
    },
  };
}

describe('consentry/vue hydrating server HTML (jsdom)', () => {
  hydrationTests(vueHydrator, widget);
});
