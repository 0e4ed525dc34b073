// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
import { afterEach, beforeEach, describe, vi } from 'vitest';
import type { App } from 'vue';
import { nextTick } from 'vue';
import { testApp } from './testing/app';
import type { ConsentSetup } from '../adapters/binding';
import type { Remounter } from '../adapters/testing/remount';
import { remountTests } from '../adapters/testing/remount';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
// testApp is the SSR app, mounted here on an empty container: Vue says it mounts instead of hydrating.
beforeEach(() => {
  const warn = console.warn;
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void (String(args[0]).includes('hydrate existing markup') || warn(...args)));
});

/** app.unmount(), then a new app with the plugin mounted in the same place (a micro-frontend, a test runner, an island). */
function vueRemounter(): Remounter {
  const container = document.body.appendChild(document.createElement('div'));
  let app: App | undefined;
  let setup: () => ConsentSetup;
  cleanup = () => {
    app?.unmount();
    container.remove();
  };
  const mount = async () => {
    app = testApp(setup());
    app.mount(container);
    await nextTick();
  };
  return {
    container,
    async mount(make) {
      setup = make;
      await mount();
    },
    async remount() {
      app!.unmount();
      await new Promise((done) => setTimeout(done));
      await mount();
    },
    async click(selector) {
      const before = container.innerHTML;
      container.querySelector<HTMLElement>(selector)!.click();
      for (let i = 0; i < 200 && container.innerHTML === before; i++) await new Promise((done) => setTimeout(done, 10));
    },
  };
}

describe('consentry/vue: the app unmounted and a new one mounted (a new instance on the same window)', () => {
  remountTests(vueRemounter);
});
