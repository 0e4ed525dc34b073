/** `<script type="text/plain" data-category="…">`: inert until the gate activates it. */
export const BLOCKED_SCRIPT = 'script[type="text/plain"][data-category]';

// Not copied as attributes: `nonce` is read from the property (browsers hide the attribute),
// `type`/`data-type` and `src`/`data-src` are set explicitly.
const SKIP = ['type', 'data-type', 'nonce', 'src', 'data-src'];

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
  const pump = (): void => {
    while (!busy && waiting.length > 0) {
      const blocked = waiting.shift()!;
      if (!blocked.parentNode || !allowed(blocked)) {
        queued.delete(blocked); // found again when it is granted
        continue;
      }
      const script = activate(doc, blocked);
      if (!script) continue;
      busy = true;
      const next = () => {
        busy = false;
        pump();
      };
      script.addEventListener('load', next);
      script.addEventListener('error', next);
    }
  };
  return (script) => {
    if (queued.has(script)) return;
    queued.add(script);
    waiting.push(script);
    pump();
  };
}

/**
 * Replaces the blocked script with a real one in the same place: same attributes, same
 * nonce, `data-type` as its type (e.g. `module`). Returns the new script when the queue
 * must wait for it to load, else `null`.
 */
function activate(doc: Document, blocked: HTMLScriptElement): HTMLScriptElement | null {
  const script = doc.createElement('script');
  for (const { name, value } of Array.from(blocked.attributes)) if (!SKIP.includes(name)) script.setAttribute(name, value);
  const type = blocked.getAttribute('data-type');
  if (type) script.setAttribute('type', type);
  if (blocked.nonce) script.nonce = blocked.nonce;
  const src = blocked.getAttribute('data-src') ?? blocked.getAttribute('src');
  const waits = src !== null && !blocked.hasAttribute('async');
  if (src !== null) {
    script.async = !waits;
    script.src = src;
  } else {
    script.text = blocked.text;
  }
  blocked.replaceWith(script);
  return waits ? script : null;
}
