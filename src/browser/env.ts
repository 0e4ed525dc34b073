import type { KernelEnv } from '../core/kernel';

/** What the instance needs of this page; decisions fill in the rest when they arrive. */
export function pageEnv(): KernelEnv {
  return {
    gpc: (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    listen(event, fn) {
      const target = event === 'visibilitychange' ? document : window;
      target.addEventListener(event, fn);
      return () => target.removeEventListener(event, fn);
    },
    documentLang: () => document.documentElement.lang,
    browserLanguages: () => navigator.languages,
  };
}
