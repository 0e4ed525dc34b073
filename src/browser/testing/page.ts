// A script-tag page in jsdom for unit tests of the boot file and the facade: `consentry.js`
// runs as on a page, and each chunk's parts come from their modules, when a test lets them.
import { vi } from 'vitest';
import type { ConsentryConfig } from '../../core/types';

/** Which chunk brings a part (rollup.config.mjs `CHUNKS`, English only). */
const chunkOf = (part: string): string =>
  part === 'core' ? 'core' : /^(first|validate|banner|texts-en|checked-en)$/.test(part) ? 'first' : part === 'decisions' ? 'decide' : part;

const MODULES: Record<string, () => Promise<unknown>> = {
  core: () => import('../parts/core'),
  first: () => import('../parts/first'),
  validate: () => import('../parts/validate'),
  banner: () => import('../parts/banner'),
  'texts-en': () => import('../parts/texts-en'),
  'checked-en': () => import('../parts/checked'),
  decisions: () => import('../parts/decisions'),
  messages: () => import('../parts/messages'),
  cleanup: () => import('../parts/cleanup'),
  placeholder: () => import('../parts/placeholder'),
  notices: () => import('../parts/notices'),
  dialog: () => import('../parts/dialog'),
  'dialog-texts-en': () => import('../parts/dialog-texts-en'),
  'consent-document': () => import('../parts/consent-document'),
  'document-words-en': () => import('../parts/document-words-en'),
};

interface Gate {
  promise: Promise<void>;
  open(): void;
  fail(): void;
}

/** What the fake loader shares with the test: chunks held or failing, and the parts asked for (one for all module graphs: `bootPage` resets them). */
const shared = globalThis as { consentryTestChunks?: typeof made };
const made = {
  asked: [] as string[],
  gates: new Map<string, Gate>(),
  /** Holds a chunk until `open()` (or `fail()`) is called. */
  hold(chunk: string): Gate {
    let open!: () => void;
    let fail!: () => void;
    const promise = new Promise<void>((resolve, reject) => ((open = resolve), (fail = () => reject(new Error(`could not load ${chunk}`)))));
    promise.catch(() => {});
    const gate = { promise, open, fail };
    this.gates.set(chunk, gate);
    return gate;
  },
  /** Parts being imported (a module's first import takes real time): `settle` waits for them. */
  importing: 0,
  load(name: string): Promise<unknown> {
    this.asked.push(name);
    const gate = this.gates.get(chunkOf(name));
    const part = MODULES[name];
    return (gate ? gate.promise : Promise.resolve()).then(() => {
      if (!part) throw new Error(`no part ${name}`);
      this.importing++;
      return part().finally(() => this.importing--);
    });
  },
};
export const chunks = (shared.consentryTestChunks ??= made);

/** For `vi.mock('./part-loader', ...)` in the test file. */
export const fakePartLoader = { partLoader: () => (name: string) => chunks.load(name), chunkFile: (name: string) => `chunks/${name}.js` };

/** Runs `consentry.js` on a fresh page with `config` in its JSON element: returns what it made. */
export async function bootPage(config: ConsentryConfig | string | null, options: { cookie?: string } = {}) {
  vi.resetModules();
  // The last page's instance goes with it: its widgets would otherwise keep themselves on this one (keep-on-page.ts).
  window.consentry?.destroy();
  delete window.consentry;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  if (config !== null) {
    const element = document.createElement('script');
    element.type = 'application/json';
    element.id = 'consentry-config';
    element.textContent = typeof config === 'string' ? config : JSON.stringify(config);
    document.body.append(element);
  }
  if (options.cookie) document.cookie = options.cookie;
  const readies: Event[] = [];
  const onReady = (event: Event) => readies.push(event);
  window.addEventListener('consentry:ready', onReady);
  await import('../boot');
  return { consent: window.consentry!, readies, done: () => window.removeEventListener('consentry:ready', onReady) };
}

/** Lets every promise and timer the page has started settle. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((next) => setTimeout(next));
    if (chunks.importing) i = 0;
  }
}

/** A fresh browser: no cookies, no storage, nothing held. */
export function freshBrowser(): void {
  chunks.asked.length = 0;
  chunks.gates.clear();
  localStorage.clear();
  for (const pair of document.cookie.split('; ')) if (pair) document.cookie = `${pair.split('=')[0]}=; max-age=0; path=/`;
}
