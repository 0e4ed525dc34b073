import type { App, InjectionKey, Plugin, ShallowRef } from 'vue';
import { inject, shallowRef } from 'vue';
import type { Binding, ConsentSetup, Snapshot } from '../adapters/binding';
import { createBinding } from '../adapters/binding';

export interface Installed {
  binding: Binding;
  snapshot: Readonly<ShallowRef<Snapshot>>;
}

const KEY: InjectionKey<Installed> = Symbol('consentry');

/**
 * `app.use(consentry, { config, options, initialState, ui })`: one consent instance for
 * the app. Installing creates nothing: the instance (and the widget, loaded lazily) starts when
 * `app.mount()` has mounted or hydrated the app in the browser, which a server never calls, so
 * the server and the hydrating render both use the state given (or 'not decided').
 * Install it before `app.mount()`.
 */
export const consentry: Plugin<[ConsentSetup]> = {
  install(app: App, setup: ConsentSetup) {
    const binding = createBinding(setup);
    const snapshot = shallowRef(binding.getSnapshot());
    binding.subscribe(() => (snapshot.value = binding.getSnapshot()));
    app.provide(KEY, { binding, snapshot });
    let stop: (() => void) | undefined;
    const { mount, unmount } = app;
    app.mount = (...args: Parameters<App['mount']>) => {
      const root = mount(...args);
      stop ??= binding.start();
      return root;
    };
    app.unmount = () => {
      stop?.();
      stop = undefined;
      unmount();
    };
  },
};

export function useInstalled(caller: string): Installed {
  const installed = inject(KEY, null);
  if (!installed) throw new Error(`[consentry] ${caller} needs the plugin: app.use(consentry, { config }).`);
  return installed;
}
