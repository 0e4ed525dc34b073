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
  /** Subscribe to a window event (`online`, `focus`, `pagehide`) or document `visibilitychange`. */
  listen(event: 'online' | 'focus' | 'pagehide' | 'visibilitychange', fn: () => void): () => void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  randomBytes(length: number): Uint8Array;
  log: Logger;
}

type WindowEvent = 'online' | 'focus' | 'pagehide' | 'visibilitychange';

export function browserEnvironment(): Environment {
  const hasWindow = typeof window !== 'undefined';
  const hasDocument = typeof document !== 'undefined';
  const nav: (Navigator & { globalPrivacyControl?: boolean }) | undefined =
    typeof navigator !== 'undefined' ? navigator : undefined;
  return {
    origin: hasWindow && window.location?.origin && window.location.origin !== 'null' ? window.location.origin : null,
    secure: hasWindow && window.location?.protocol === 'https:',
    gpc: nav?.globalPrivacyControl === true,
    documentLang: () => (hasDocument ? document.documentElement.getAttribute('lang') : null),
    browserLanguages: () => nav?.languages ?? (nav?.language ? [nav.language] : []),
    fetch: typeof fetch === 'function' ? fetch.bind(globalThis) : undefined,
    sendBeacon: nav && typeof nav.sendBeacon === 'function' ? (url, body) => nav.sendBeacon(url, body) : undefined,
    listen(event: WindowEvent, fn) {
      const target: EventTarget | undefined =
        event === 'visibilitychange' ? (hasDocument ? document : undefined) : hasWindow ? window : undefined;
      if (!target) return () => {};
      target.addEventListener(event, fn);
      return () => target.removeEventListener(event, fn);
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    randomBytes(length) {
      const bytes = new Uint8Array(length);
      globalThis.crypto.getRandomValues(bytes);
      return bytes;
    },
    log: consoleLogger,
  };
}
