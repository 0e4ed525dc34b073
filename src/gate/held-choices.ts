/**
 * A choice the visitor made that waits for what a decision needs (a banner's click on a slow
 * line) is made before a frame's "Always allow" clicked after it: made first, the grant would be
 * taken back by the older click. The views that hold a choice answer this event, said on
 * `window`, with the wait for it (a promise pushed on `detail`, `true` if a choice clicked after
 * the event was made meanwhile). Chunks built apart share no module, but they share the window.
 * The gate's, as `reload-event.ts`: its placeholder asks, the banner answers; the headless core
 * knows nothing of it. A decision the page asks through the API is not ordered so.
 */
export const HELD_EVENT = 'consentry:held';

/**
 * Settles once the waits of the choices held on the page now have ended: `true` when a choice
 * clicked after now (on a banner brought back) was made meanwhile, which supersedes what is
 * asked now. None held: `undefined` (the caller goes on at once).
 */
export function heldChoices(): Promise<boolean> | undefined {
  const held: Array<Promise<boolean>> = [];
  window.dispatchEvent(new CustomEvent(HELD_EVENT, { detail: held }));
  return held[0] && Promise.allSettled(held).then((all) => all.some((wait) => wait.status == 'fulfilled' && wait.value));
}
