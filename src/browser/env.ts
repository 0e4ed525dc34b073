import { onDecided } from '../core/environment';
import type { KernelEnv } from '../core/kernel';

/**
 * What the instance needs of this page; decisions fill in the rest when they arrive. The npm
 * build's `pageEnvironment` without its guards for server rendering and its logger: a script tag
 * always has a page, and those 79 bytes would be on every page.
 */
export function pageEnv(): KernelEnv {
  return {
    gpc: (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    listen(event, fn) {
      if (event === 'decided') return onDecided(fn);
      const target = event === 'visibilitychange' ? document : window;
      target.addEventListener(event, fn);
      return () => target.removeEventListener(event, fn);
    },
    documentLang: () => document.documentElement.lang,
    browserLanguages: () => navigator.languages,
  };
}
