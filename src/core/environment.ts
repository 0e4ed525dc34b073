import type { Logger } from './log';
import { consoleLogger } from './log';

/**
 * Everything the core needs from the browser, behind one seam so the core runs
 * in Node (no `document`) and tests can supply their own.
 */
export interface Environment {
  /** Page origin (`https://shop.test`), or `null` outside a page. */
  origin: string | null;
  /** The page is served over https (decides the cookie's `Secure` default). */
  secure: boolean;
  /** `navigator.globalPrivacyControl`. */
  gpc: boolean;
  /** `<html lang>`, or `null`. */
  documentLang(): string | null;
  /** `navigator.languages`, best first. */
  browserLanguages(): readonly string[];
  fetch: typeof fetch | undefined;
  sendBeacon: ((url: string, body: string) => boolean) | undefined;
  /**
   * Subscribe to a window event (`online`, `focus`, `pagehide`), document `visibilitychange`, or
   * `decided`: another tab of this browser stored a decision (`tellOtherTabs`).
   */
  listen(event: 'online' | 'focus' | 'pagehide' | 'visibilitychange' | 'decided', fn: () => void): () => void;
  /** Tells this browser's other tabs that a decision was stored (they re-read the cookie at once). */
  tellOtherTabs(): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  randomBytes(length: number): Uint8Array;
  log: Logger;
}

type WindowEvent = 'online' | 'focus' | 'pagehide' | 'visibilitychange' | 'decided';

/**
 * Where tabs tell each other of a decision. A withdrawal must reach a tab that stays open and
 * visible (another window, side by side) at once, not at its next focus: until then its trackers
 * would run. Every name shares it: a message only makes a tab re-read its cookie.
 */
const DECIDED_CHANNEL = 'consentry';

/** The channel's listener; nothing where there is no BroadcastChannel (a server, Safari before 15.4). */
export function onDecided(fn: () => void): () => void {
  if (typeof BroadcastChannel !== 'function') return () => {};
  const channel = new BroadcastChannel(DECIDED_CHANNEL);
  channel.onmessage = fn;
  return () => channel.close();
}

/** Posts on the channel: every listener hears it, this page's own too (which re-reads and finds nothing new). */
function tellDecided(): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(DECIDED_CHANNEL);
  channel.postMessage(0);
  channel.close();
}

/**
 * What the instance itself needs of the browser (its language, GPC, the events that re-read the
 * cookie) and the console: the rest (`browserEnvironment`) is for decisions and delivery, which
 * an app's bundler puts in their lazy chunk. Safe without a `window` (server rendering).
 */
export function pageEnvironment(): Pick<Environment, 'gpc' | 'documentLang' | 'browserLanguages' | 'listen' | 'log'> {
  const win = typeof window === 'undefined' ? undefined : window;
  const nav: (Navigator & { globalPrivacyControl?: boolean }) | undefined = typeof navigator === 'undefined' ? undefined : navigator;
  return {
    gpc: nav?.globalPrivacyControl === true,
    documentLang: () => (typeof document === 'undefined' ? null : document.documentElement.getAttribute('lang')),
    browserLanguages: () => nav?.languages ?? (nav?.language ? [nav.language] : []),
    listen(event: WindowEvent, fn) {
      // Only in a page: a server rendering would keep a channel open per instance.
      if (event === 'decided') return win ? onDecided(fn) : () => {};
      const target = event === 'visibilitychange' ? (win && document) : win;
      target?.addEventListener(event, fn);
      return () => target?.removeEventListener(event, fn);
    },
    log: consoleLogger,
  };
}

export function browserEnvironment(): Environment {
  const win = typeof window === 'undefined' ? undefined : window;
  const nav: Navigator | undefined = typeof navigator === 'undefined' ? undefined : navigator;
  const origin = win?.location?.origin;
  return {
    ...pageEnvironment(),
    origin: origin && origin !== 'null' ? origin : null,
    secure: win?.location?.protocol === 'https:',
    fetch: typeof fetch === 'function' ? fetch.bind(globalThis) : undefined,
    sendBeacon: nav?.sendBeacon ? (url, body) => nav.sendBeacon(url, body) : undefined,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    randomBytes: (length) => globalThis.crypto.getRandomValues(new Uint8Array(length)),
    // Only in a page, as the listener.
    tellOtherTabs: () => win && tellDecided(),
  };
}
