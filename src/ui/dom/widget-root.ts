import { WIDGET_TAG } from './views';

/**
 * A part's shadow root, on its own `<consentry-widget>` at the end of `<body>`: the site's
 * CSS cannot reach in and ours cannot leak out, nor can the banner's terse rules reach the
 * dialog. The CSS is a constructable stylesheet (no `<style>`, strict-CSP safe), adopted again
 * by the host made again when the page (or `mountUi().destroy()`) took it away, or the view
 * drawn in it did as it went: a host with nothing drawn in it does not stay in the page.
 */
export function widgetRoot(css: string): () => ShadowRoot {
  let root: ShadowRoot | undefined;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return () => {
    if (!root?.host.isConnected) {
      const host = document.createElement(WIDGET_TAG);
      document.body.append(host);
      root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
    }
    return root;
  };
}
