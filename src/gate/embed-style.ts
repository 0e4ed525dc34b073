/**
 * The placeholder's few rules, adopted as a constructable stylesheet: no `style` attribute
 * and no `<style>` element, which a strict CSP (`style-src` without 'unsafe-inline') blocks.
 * `:where()` keeps them at zero specificity, so any site rule wins.
 */
const CSS = `
:where(.consentry-embed){box-sizing:border-box;max-width:100%;min-height:8rem;padding:1rem;border:1px solid;border-radius:.25rem;display:flex;flex-direction:column;justify-content:center;gap:.75rem}
:where(.consentry-embed__text){margin:0}
:where(.consentry-embed__actions){display:flex;flex-wrap:wrap;gap:.5rem}
:where(.consentry-embed__actions button){min-height:24px;min-width:24px;padding:.375rem .75rem;font:inherit;cursor:pointer}
iframe[data-consentry-blocked]{display:none!important}
`;

const adopted = new WeakSet<Document>();

/** Adds the placeholder rules to `doc` once. Without constructable stylesheets the placeholder stays unstyled but usable. */
export function adoptEmbedStyle(doc: Document): void {
  if (adopted.has(doc) || !('adoptedStyleSheets' in doc)) return;
  adopted.add(doc);
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Old engine: the `hidden` attribute still hides the iframe, the buttons still work.
  }
}
