import type { Lazy } from '../core/kernel';
import type { Say } from '../core/messages';
import type { Consent, ConsentPlugin, ConsentState } from '../core/types';
import { allowedIn } from './allowed';
import { BLOCKED_SCRIPT, complete, scriptQueue } from './blocked-scripts';
import type { CleanupModule } from './cleanup';
import type { EmbedsModule } from './embeds';
import type { GatingOptions } from './gating-options';
import { BLOCKED_IFRAME, webUrl, within } from './gated-elements';
import { present } from './present';

export interface GateParts {
  options: GatingOptions;
  /** The placeholder shown in place of a refused frame: fetched only when a page has one. */
  embeds: Lazy<EmbedsModule>;
  /** Erasing a refused service's cookies and storage: fetched only when there is something to erase. */
  cleanup: Lazy<CleanupModule>;
  /** The page to gate. */
  window: Window;
  say: Say;
  /**
   * The instance starts from a state a script tag's plan applied, then reads the cookie: the
   * page's first scan waits for that read, so a choice changed since (withdrawn in another tab,
   * expired) runs nothing the plan's state would have.
   */
  applied?: boolean;
  /**
   * The frames a script tag's boot file handled before the core came: behind its placeholder
   * (with what takes it away) or loaded (`0`). Called once, with the gate's `load`, which their
   * placeholders' buttons use from then on.
   */
  frames?: (load: (frame: HTMLIFrameElement) => void) => Map<HTMLIFrameElement, (() => void) | 0> | undefined;
}

/**
 * The declarative gate: activates `<script type="text/plain" data-category>` and
 * `<iframe data-category data-src>` on consent (also those added later), puts frames back
 * behind their placeholder on withdrawal and has the withdrawn services' traces erased.
 * Put it after the integrations, so their Consent Mode update and Metrica flag come first.
 */
export function gateCore(parts: GateParts): ConsentPlugin {
  return {
    name: 'gate',
    setup(consent) {
      const win = parts.window;
      if (!consent.config) return;
      const use = <T>(lazy: Lazy<T>, fn: (m: T) => void) => void Promise.resolve(lazy()).then(fn, (error: unknown) => parts.say('error', 'chunkUnloaded', error, 'blocked frames and clean-up'));
      const cleanup = (previous: ConsentState | null, state: ConsentState) => use(parts.cleanup, (m) => m.cleanup(consent, parts.options, previous, state, win));
      const lost = (a: Readonly<Record<string, boolean>>, b: Readonly<Record<string, boolean>>) => Object.keys(a).some((k) => a[k] && !b[k]);

      const state = consent.state;
      // A refusal means none of their cookies: clean what a returning visitor's refused services left,
      // also when their choice is stale (a new policy revision: everything optional refused until they
      // answer again). A first visit (no consent id) looks nowhere: its first localStorage read is dear (boot.ts).
      if (state.consentId !== null && present(consent.config, state, win)) cleanup(null, state);
      const stop = startGating(consent, win.document, parts, use);
      const off = consent.on('change', ({ state: next, previous, action }) => {
        if (lost(previous.categories, next.categories) || lost(previous.services, next.services)) cleanup(previous, next);
        // A decision made here after a stale choice withdraws nothing (all was refused already), but what
        // the old grants' services left must still go.
        else if (action && present(consent.config!, next, win)) cleanup(null, next);
        // A grant made on this page: fetch the clean-up now, so a withdrawal takes effect at once.
        // (Never on a returning visit's start: that page asks us for one file only.)
        else if (consent.config!.categories.some((c) => !c.necessary && next.categories[c.key])) void Promise.resolve(parts.cleanup()).catch(() => {});
      });
      return () => {
        stop();
        off();
      };
    },
  };
}

function startGating(consent: Consent, doc: Document, parts: GateParts, use: <T>(lazy: Lazy<T>, fn: (m: T) => void) => void): () => void {
  const config = consent.config!;
  const warned = new WeakSet<Element>();
  /** An element naming an unknown category or service, or a frame with a `javascript:` source, never runs; say so once. */
  const known = (el: Element): boolean => {
    const category = el.getAttribute('data-category')!;
    const service = el.getAttribute('data-service');
    const src = el.tagName === 'IFRAME' && el.getAttribute('data-src');
    const tell = (key: 'unknownCategory' | 'unknownService' | 'notWebUrl', a: string, b = '') => {
      if (!warned.has(el)) parts.say('warn', key, a, b, el);
      warned.add(el);
      return false;
    };
    return !config.categories.some((c) => c.key === category)
      ? tell('unknownCategory', category)
      : service && config.services[service]?.category !== category
        ? tell('unknownService', service, category)
        : src === false || webUrl(src!, doc) || tell('notWebUrl', src!);
  };
  const allowed = (el: Element, state: ConsentState) => known(el) && allowedIn(state, el.getAttribute('data-category')!, el.getAttribute('data-service'));
  // Not once this gate is stopped (its instance destroyed): what it had queued behind a loading script stays inert.
  const queue = scriptQueue(doc, (el) => !stopped && allowed(el, consent.state));
  const loaded = new Set<HTMLIFrameElement>();
  /** Frames behind a placeholder, with what takes it away (`0` while the placeholder's code is on its way). */
  const blocked = new Map<HTMLIFrameElement, (() => void) | 0>();
  const load = (frame: HTMLIFrameElement) => {
    // Loaded already (a grant's change came before the placeholder's own load): a second src would restart it.
    if (loaded.has(frame)) return;
    const remove = blocked.get(frame);
    if (remove) remove();
    blocked.delete(frame);
    loaded.add(frame);
    frame.src = frame.getAttribute('data-src')!;
  };
  // What the boot file drew and loaded before the core came: this gate's now.
  for (const [frame, remove] of parts.frames?.(load) ?? []) remove ? blocked.set(frame, remove) : loaded.add(frame);
  const block = (frame: HTMLIFrameElement) => {
    // A refused frame that is loaded (by this gate, or by the boot file's plan before another tab's
    // withdrawal reached this one) goes blank at once, then behind its placeholder.
    if (frame.getAttribute('src') === frame.getAttribute('data-src')) frame.src = 'about:blank';
    if (blocked.has(frame)) return;
    blocked.set(frame, 0);
    use(parts.embeds, (m) => blocked.has(frame) && blocked.set(frame, m.placeholder(consent, frame, parts.options.texts, () => load(frame))));
  };

  /**
   * Handles the blocked elements in `root` (and `root` itself), in document order. `state` is
   * asked for only when there is one: most nodes a page adds are not, and reading the state
   * reads the cookie, a call into the browser. While `loading`, only the scripts the parser has finished.
   */
  const scan = (root: ParentNode & Node, state: () => ConsentState, loading?: boolean) => {
    for (const el of within<HTMLScriptElement>(root, BLOCKED_SCRIPT)) if ((!loading || complete(el)) && allowed(el, state())) queue(el);
    for (const frame of within<HTMLIFrameElement>(root, BLOCKED_IFRAME))
      if (!loaded.has(frame) && known(frame))
        // One the boot file's plan loaded already is not loaded again.
        allowed(frame, state()) ? (frame.getAttribute('src') === frame.getAttribute('data-src') ? loaded.add(frame) : load(frame)) : block(frame);
  };
  /** The state, read once for a batch of nodes and only if one of them needs it. */
  const once = (read: () => ConsentState) => {
    let state: ConsentState | undefined;
    return () => (state ??= read());
  };
  const current = () => consent.state;

  let ready = doc.readyState !== 'loading';
  const start = () => {
    ready = true;
    scan(doc, once(current));
  };
  // While the parser runs, an element it is adding may not have all its text yet: mutations
  // wait, and the whole page is scanned again at DOMContentLoaded, like a `defer` script.
  // Complete scripts are handled at once; the one the parser is in (our start can be async,
  // so it may be past our own <script>) would run cut in half. A frame's attributes are whole.
  let stopped = false;
  const first = () => stopped || scan(doc, once(current), !ready);
  if (parts.applied) queueMicrotask(first);
  else first();
  if (!ready) doc.addEventListener('DOMContentLoaded', start, { once: true });
  const off = consent.on('change', ({ state, previous }) => {
    // A frame can be unloaded, unlike a script: one that lost its consent goes blank (in `block`).
    // Only one that had it: a frame loaded once was never allowed, and an unrelated decision must not blank it.
    for (const frame of loaded) {
      if (!allowed(frame, previous) || allowed(frame, state)) continue;
      loaded.delete(frame);
      block(frame);
    }
    if (ready) scan(doc, () => state);
  });
  // Elements added after start-up (GTM, CMS widgets, SPA navigation) are gated the same way.
  const observer = new MutationObserver((records) => {
    if (!ready) return;
    // A frame taken off the page (an app's route changed, <body> swapped for the next page's): its
    // placeholder goes with it, not left on the next view with buttons for nothing there, and the
    // frame is forgotten (gated afresh if it comes back). A loaded one is blanked first: forgotten,
    // a withdrawal no longer reaches it, and put back (Vue's <KeepAlive>) the browser would load
    // its src before this observer could. (Off the page it is unloaded already; put back still
    // granted, it is loaded again.)
    for (const [frame, remove] of blocked)
      if (!frame.isConnected) {
        if (remove) remove();
        blocked.delete(frame);
      }
    for (const frame of loaded) if (!frame.isConnected) loaded.delete(frame), (frame.src = 'about:blank');
    const state = once(current);
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element, state);
  });
  if (parts.options.observe) observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => {
    stopped = true;
    doc.removeEventListener('DOMContentLoaded', start);
    off();
    observer.disconnect();
    // Destroyed: no placeholder stays with buttons that would record nothing. Its frame is shown
    // as the page had it, still not loaded; one whose placeholder is on its way gets none.
    for (const remove of blocked.values()) if (remove) remove();
    blocked.clear();
  };
}
