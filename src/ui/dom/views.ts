/**
 * The views' host element, and their teardown: a module apart from `widget-root`, so the
 * loaders that take views away (in every page's or app's first bundle) do not carry the code
 * that draws them.
 */

/** Each view's host element: the banner, the dialog and the notices each have their own. */
export const WIDGET_TAG = 'consentry-widget';

/**
 * The widget's teardown (`mountUi().destroy()`, `consent.destroy()`): each view takes back what it
 * did outside its shadow root (what it gave `UiHost.ended`), then every view's host goes.
 */
export function removeViews(undos: Array<() => void>): void {
  for (const undo of undos.splice(0)) undo();
  for (const host of document.querySelectorAll(WIDGET_TAG)) host.remove();
}
