/**
 * What jsdom lacks that the widget uses: constructable stylesheets' `replaceSync`,
 * `adoptedStyleSheets`, a `<dialog>`'s `showModal()`, and `ResizeObserver`. For a test's `beforeAll`.
 */
export function widgetDom(): void {
  CSSStyleSheet.prototype.replaceSync = () => {};
  const adopted = new WeakMap<object, CSSStyleSheet[]>();
  for (const target of [Document.prototype, ShadowRoot.prototype])
    Object.defineProperty(target, 'adoptedStyleSheets', {
      get() {
        return adopted.get(this) ?? [];
      },
      set(sheets: CSSStyleSheet[]) {
        adopted.set(this, sheets);
      },
      configurable: true,
    });
  HTMLDialogElement.prototype.showModal = function () {
    this.open = true;
  };
  globalThis.ResizeObserver = class {
    observe() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

/** A `<dialog>`'s `close()` as browsers do it, `close` fired in a later task (jsdom has none). For a test's `beforeAll`. */
export function dialogClosesLater(): void {
  HTMLDialogElement.prototype.close = function () {
    if (!this.open) return;
    this.open = false;
    setTimeout(() => this.dispatchEvent(new Event('close')));
  };
}
