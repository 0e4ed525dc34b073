import { placeholder } from '../gate/embeds';
import { BLOCKED_IFRAME, within } from '../gate/gated-elements';
import type { GatingOptions } from '../gate/gating-options';
import type { Handoff, HeldFrames } from './handoff';

/**
 * A refused frame on a page the boot file runs (a first visit's, or a plan's that refused its
 * service), before the core: behind its placeholder, from this chunk alone. "Load it once"
 * loads it here. "Always allow" loads it, and the frames of the same service (or category)
 * with it, at once; the grant itself waits for the core (fetched for it), whose state then says
 * which other services stay refused: the state before it may be older than the cookie (another
 * tab's choice), and a grant worked out from it would take that choice back. The core's gate
 * takes the frames over as they are (`handoff.frames`): each with what takes its placeholder
 * away, or `0` once loaded; from then on their buttons load with its `load`.
 */
export function holdFrame(handoff: Handoff, frame: HTMLIFrameElement, texts: GatingOptions['texts']): void {
  const first = !handoff.frames;
  const frames: HeldFrames = (handoff.frames ??= { held: new Map(), grants: [] });
  const { held } = frames;
  if (first) {
    // A frame taken off the page (an app's route changed, <body> swapped for the next page's): its
    // placeholder goes with it, not left on the next view with buttons for nothing there; put
    // back (Vue's <KeepAlive>), it is held afresh (the boot's gate has seen it: it would be shown
    // blank, with nothing to load it). Until the core's gate has them: it does the same; or
    // destroy(): nothing is left watching the page.
    const dropped = new WeakSet<Element>();
    const gone = new MutationObserver((records) => {
      if (frames.load) return gone.disconnect();
      for (const [other, remove] of held)
        if (!other.isConnected) {
          if (remove) remove();
          held.delete(other);
          dropped.add(other);
        }
      for (const record of records)
        for (const node of record.addedNodes)
          if (node.nodeType == 1) for (const back of within<HTMLIFrameElement>(node as Element, BLOCKED_IFRAME)) if (dropped.delete(back)) holdFrame(handoff, back, texts);
    });
    gone.observe(document.documentElement, { childList: true, subtree: true });
    // `destroy()` before the core takes these placeholders away too. Once the core's gate has
    // them, its teardown does, and only it knows which are still up: one it has loaded since is
    // the page's frame now (the page may have hidden it itself). Wrapped here, not in the boot
    // file: only a page with one pays for it.
    const stop = handoff.stop;
    handoff.stop = (destroyed) => {
      stop(destroyed);
      if (destroyed) gone.disconnect();
      if (destroyed && !frames.load) for (const remove of held.values()) if (remove) remove();
    };
  }
  const show = (which = frame) => {
    if (frames.load) return frames.load(which);
    const remove = held.get(which);
    if (remove === 0) return; // loaded already: a second src would restart it
    if (remove) remove();
    held.set(which, 0);
    which.src = which.getAttribute('data-src')!;
  };
  const same = (other: HTMLIFrameElement) => ['data-category', 'data-service'].every((name) => other.getAttribute(name) === frame.getAttribute(name));
  const grant = (allow: () => void) => {
    if (frames.load) return allow(); // the core is here
    frames.grants.push(allow);
    handoff.core();
    for (const other of held.keys()) if (other !== frame && same(other)) show(other);
  };
  held.set(frame, placeholder(handoff.facade.consent, frame, texts, () => show(), grant));
}
