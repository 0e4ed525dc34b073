/**
 * Runs `fn` once <body> exists. consentry.js usually runs in <head>, before the
 * parser has made <body>, and the widget must be appended to it.
 */
export function withBody(fn: (body: HTMLElement) => void): void {
  if (document.body) fn(document.body);
  else document.addEventListener('DOMContentLoaded', () => fn(document.body), { once: true });
}
