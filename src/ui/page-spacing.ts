/**
 * WCAG 2.4.11 Focus Not Obscured: while the bar (or box) sits over the page, the
 * page's focused element must not be hidden behind it. Two measures:
 * - a document stylesheet adds the overlay's height as scroll padding (the browser
 *   keeps focused elements above it when it scrolls them into view) and as padding
 *   at the end of the page (so even the last link can scroll clear of it);
 * - on every focus move in the page, the focused element's box is checked against
 *   the overlay's, and the page scrolled by the overlap if they still meet.
 * The stylesheet is constructable and adopted, so a strict CSP has nothing to block.
 * Adding space at the end moves no visible content, so it is no layout shift.
 */
export interface PageSpacing {
  update(): void;
  stop(): void;
}

export function keepFocusVisible(overlay: HTMLElement, widgetHost: Element): PageSpacing {
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let height = -1;

  const update = () => {
    const h = Math.ceil(overlay.getBoundingClientRect().height);
    if (h === height) return;
    height = h;
    sheet.replaceSync(`html{scroll-padding-block-end:${h + 8}px;padding-block-end:${h}px}`);
  };

  const uncover = (target: Element) => {
    if (!target.isConnected) return;
    const box = overlay.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    const overlapsInline = rect.right > box.left && rect.left < box.right;
    const overlap = rect.bottom - box.top;
    if (overlapsInline && overlap > 0 && rect.top < box.bottom) window.scrollBy({ top: overlap + 8, behavior: 'instant' as ScrollBehavior });
  };
  const onFocus = (event: FocusEvent) => {
    const target = event.target;
    if (!(target instanceof Element) || target === widgetHost || widgetHost.contains(target)) return;
    // After the browser's own scroll-into-view, which runs once focus events are done.
    requestAnimationFrame(() => uncover(target));
  };

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
  observer?.observe(overlay);
  update();
  document.addEventListener('focusin', onFocus);
  return {
    update,
    stop() {
      observer?.disconnect();
      document.removeEventListener('focusin', onFocus);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
