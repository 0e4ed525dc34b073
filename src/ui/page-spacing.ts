/**
 * WCAG 2.4.11 Focus Not Obscured: while the bar (or box) sits over the page, the page's
 * focused element must not be hidden behind it. Two measures:
 * - a document stylesheet adds the overlay's height as scroll padding (the browser keeps
 *   focused elements above it when it scrolls them into view) and as padding at the end of
 *   the page (so even the last link can scroll clear of it);
 * - the browser does not scroll an element it finds in view, even behind the overlay: after
 *   each focus move in the page, one still overlapping it is scrolled up by the overlap.
 * The stylesheet is constructable and adopted, so a strict CSP has nothing to block. Adding
 * space at the end moves no visible content, so it is no layout shift. Returns the undo.
 */
export function keepFocusVisible(overlay: HTMLElement): () => void {
  const doc = document;
  const sheet = new CSSStyleSheet();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const resized = new ResizeObserver(() => {
    const height = overlay.offsetHeight;
    sheet.replaceSync(`html{scroll-padding-bottom:${height + 8}px;padding-bottom:${height}px}`);
  });
  resized.observe(overlay);
  const onFocus = ({ target }: FocusEvent) => {
    // Focus in the widget (the banner, the dialog) is the page's focus on their host.
    if (target instanceof Element && target.localName !== 'consentry-widget')
      // After the browser's own scroll-into-view, which runs once focus events are done.
      requestAnimationFrame(() => {
        const box = overlay.getBoundingClientRect();
        const rect = target.getBoundingClientRect();
        const overlap = rect.bottom - box.top;
        if (overlap > 0 && rect.right > box.left && rect.left < box.right) scrollBy({ top: overlap + 8, behavior: 'instant' });
      });
  };
  doc.addEventListener('focusin', onFocus);
  return () => {
    resized.disconnect();
    doc.removeEventListener('focusin', onFocus);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
