/**
 * A choice the visitor made that waits for what a decision needs (a banner's click on a slow
 * line) is made before any decision asked after it on the page: a frame's "Always allow" clicked
 * meanwhile would otherwise land first and be taken back by the older click. The views that
 * hold a choice answer this event, said on `window`, with the wait for it (a `Promise` pushed on
 * `detail`): chunks built apart share no module, but they share the window.
 */
export const HELD_EVENT = 'consentry:held';

/** Settles once every choice held on the page now is made, or dropped; none held: `undefined` (the caller goes on at once). */
export function heldChoices(): Promise<unknown> | undefined {
  const held: Array<Promise<unknown>> = [];
  window.dispatchEvent(new CustomEvent(HELD_EVENT, { detail: held }));
  return held[0] && Promise.allSettled(held);
}
