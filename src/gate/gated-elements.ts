/** `<iframe data-category="…" data-src="…">`: maps, videos, widgets from other sites. */
export const BLOCKED_IFRAME = 'iframe[data-category][data-src]';

/** The elements in `root` that match, `root` itself first (an added node may be one). */
export function within<T extends Element>(root: ParentNode & Node, selector: string): T[] {
  return [...((root as Element).matches?.(selector) ? [root as unknown as T] : []), ...root.querySelectorAll<T>(selector)];
}

/** Only web pages may fill a frame: `data-*` attributes pass most HTML sanitizers, so `javascript:` here would be a way past them. */
export function webUrl(src: string, doc: Document): boolean {
  try {
    return /^https?:$/.test(new URL(src, doc.baseURI).protocol);
  } catch {
    return false;
  }
}
