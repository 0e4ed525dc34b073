declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: (...args: unknown[]) => void;
  }
}

export type Gtag = (...args: unknown[]) => void;

/**
 * The `gtag()` of Google's snippet. It pushes the `arguments` object itself, not an array:
 * gtag.js only treats Arguments objects in `dataLayer` as commands.
 */
export function gtagFor(win: Window): Gtag {
  return function gtag() {
    // eslint-disable-next-line prefer-rest-params
    (win.dataLayer ??= []).push(arguments);
  };
}
