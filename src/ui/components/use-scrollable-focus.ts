import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * A text block that scrolls must be reachable by keyboard (WCAG 2.1.1; axe
 * 'scrollable-region-focusable'): it gets tabindex=0 only while it overflows, so
 * it adds no needless Tab stop when everything fits.
 */
export function useScrollableFocus(ref: RefObject<HTMLElement>, label: string, deps: unknown[]): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => {
      if (el.scrollHeight > el.clientHeight + 1) {
        el.tabIndex = 0;
        el.setAttribute('role', 'region');
        el.setAttribute('aria-label', label);
      } else {
        el.removeAttribute('tabindex');
        el.removeAttribute('role');
        el.removeAttribute('aria-label');
      }
    };
    check();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(check) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [label, ...deps]);
}
