/** `<script type="text/plain" data-category="…">`: inert until the gate activates it. */
export const BLOCKED_SCRIPT = 'script[type="text/plain"][data-category]';

/**
 * The external script a queue waits for, on the document, where a queue started later (the
 * core's, taking over from the boot file's: separate bundles) finds it and waits too. Not an
 * attribute: a DOM snapshot (Turbo's cache, a prerendered page) would keep it on a script that
 * has loaded, and every later queue would wait for ever.
 */
type Held = Document & { consentryLoading?: Element | null };

/**
 * Runs blocked scripts in the order they are queued, like the page would have: an external
 * script runs after the previous one has loaded (or failed), unless it was marked `async`.
 * `allowed` is asked again right before each one runs, so a withdrawal in between stops it.
 * Returns `add(script)`.
 */
export function scriptQueue(doc: Document, allowed: (script: HTMLScriptElement) => boolean): (script: HTMLScriptElement) => void {
  const waiting: HTMLScriptElement[] = [];
  const queued = new WeakSet<HTMLScriptElement>();
  let busy = false;
  /** Holds the queue until `script` has loaded or failed. */
  const after = (script: Element) => {
    busy = true;
    (doc as Held).consentryLoading = script;
    const next = () => {
      if ((doc as Held).consentryLoading == script) (doc as Held).consentryLoading = null;
      busy = false;
      pump();
    };
    // Listeners, not `onload`: the page's own `onload="…"`, copied from the blocked script, still runs.
    script.addEventListener('load', next);
    script.addEventListener('error', next);
  };
  const pump = (): void => {
    while (!busy && waiting.length) {
      const blocked = waiting.shift()!;
      // Not one taken off the page meanwhile, with the body it was in (Turbo Drive, htmx's
      // hx-boost, pjax): put back into a detached tree, an external one would never load, and
      // the queue would wait for it for the rest of the visit.
      if (!blocked.isConnected || !allowed(blocked)) {
        queued.delete(blocked); // found again when it is granted, or put back
        continue;
      }
      // The same attributes, but `type` from `data-type` (e.g. `module`) and `src` from `data-src`;
      // `nonce` from the property (browsers hide the attribute).
      const script = doc.createElement('script');
      for (const { name, value } of blocked.attributes) if (!/^(data-)?(type|src)$|^nonce$/.test(name)) script.setAttribute(name, value);
      const type = blocked.getAttribute('data-type');
      if (type) script.type = type;
      script.nonce = blocked.nonce;
      const src = blocked.getAttribute('data-src') ?? blocked.getAttribute('src');
      if (src === null) script.text = blocked.text;
      else {
        // Only one that is not `async` holds the next: an `async` one that loads first must not release it.
        script.async = blocked.hasAttribute('async');
        script.src = src;
        if (!script.async) after(script);
      }
      blocked.replaceWith(script);
    }
  };
  // Removed before it loaded, it never will: nothing to wait for.
  const loading = (doc as Held).consentryLoading;
  if (loading?.isConnected) after(loading);
  return (script) => {
    if (queued.has(script)) return;
    queued.add(script);
    waiting.push(script);
    pump();
  };
}

/** The parser only appends to the last open element: one that some node follows is complete. */
export function complete(node: Node | null): boolean {
  return !!node && (!!node.nextSibling || complete(node.parentNode));
}
