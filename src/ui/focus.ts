/** Keyboard focus inside the widget: the dialog's trap and the return to the opener (WCAG 2.4.3). */

import { WIDGET_TAG } from './dom/views';

const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),summary,[tabindex]:not([tabindex="-1"])';

/** Tabbable elements in order, skipping ones not rendered (inside a closed `<details>`, say). */
export function tabbables(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
}

/**
 * Keeps Tab and Shift+Tab inside `container` (a modal dialog). The native modal
 * dialog makes the page inert, but Tab can still leave for the browser's own UI;
 * wrapping keeps the keyboard user in the dialog, as the APG dialog pattern does. It wraps from
 * the edges, and from anything not in the Tab order: the title focused on open (tabindex=-1)
 * or the dialog itself, whose Shift+Tab would otherwise go out.
 */
export function trapTab(event: KeyboardEvent, container: Element): void {
  if (event.key !== 'Tab') return;
  const items = tabbables(container);
  if (items.length === 0) return;
  const root = container.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const off = !items.includes(active as HTMLElement);
  if (event.shiftKey && (active === first || off)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || off)) {
    event.preventDefault();
    first.focus();
  }
}

/** Focus back where it was, if that element is still on screen; `false` when it is gone. */
export function restoreFocus(element: HTMLElement | null | undefined): boolean {
  if (!element || !element.isConnected || element.getClientRects().length === 0) return false;
  element.focus();
  return true;
}

/**
 * `opener`, or when the banner redrew it (a language switch replaces its controls) the banner's
 * live control doing the same, so focus returns to Settings rather than to <body>.
 */
export function liveOpener(opener: HTMLElement | null): HTMLElement | null {
  const action = opener?.dataset.action;
  if (!action || opener!.isConnected) return opener;
  for (const widget of document.querySelectorAll(WIDGET_TAG)) {
    const twin = widget.shadowRoot?.querySelector<HTMLElement>(`[data-consentry=banner] [data-action=${action}]`);
    if (twin) return twin;
  }
  return null;
}
