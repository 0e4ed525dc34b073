export interface InjectOptions {
  /** The page's CSP nonce: a script Consentry adds needs it under `script-src 'nonce-…'`. */
  nonce?: string | undefined;
  /** Extra attributes (`crossorigin`, `referrerpolicy`, `data-*`…). */
  attrs?: Record<string, string> | undefined;
  document?: Document;
}

/** Adds an external script to `<head>`; resolves when it has loaded, rejects when it failed. */
export function injectScript(src: string, options: InjectOptions = {}): Promise<HTMLScriptElement> {
  const doc = options.document ?? document;
  const script = doc.createElement('script');
  for (const [name, value] of Object.entries(options.attrs ?? {})) script.setAttribute(name, value);
  if (options.nonce) script.nonce = options.nonce;
  script.async = true;
  script.src = src;
  const loaded = new Promise<HTMLScriptElement>((resolve, reject) => {
    script.addEventListener('load', () => resolve(script));
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
  });
  (doc.head ?? doc.documentElement).appendChild(script);
  return loaded;
}
