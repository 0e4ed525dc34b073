/**
 * Puts the widget's `host` back at the end of <body> when the page takes it away with the body:
 * a site that swaps <body> for the next page's (Turbo Drive, htmx's hx-boost, pjax, an app that
 * renders into it) would otherwise lose it for the rest of the visit, where each page load draws
 * it again. Returns what stops this: call it before taking the host away yourself. (The notices'
 * views; the banner and the floating button write it out, in fewer bytes.)
 */
export function keepOnPage(host: Element): () => void {
  const observer = new MutationObserver(() => host.isConnected || document.body?.append(host));
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
