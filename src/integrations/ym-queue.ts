export type Ym = ((...args: unknown[]) => void) & { a?: IArguments[]; l?: number };

/**
 * The `ym` of Yandex's snippet on `page`, made if the page has none: calls wait in `ym.a` until
 * tag.js takes them over. Used by Metrica's plugin and by a returning page's plan (the same calls).
 */
export function ymOn(page: Window): Ym {
  const win = page as unknown as { ym?: Ym };
  const ym: Ym =
    win.ym ??
    function queue() {
      // eslint-disable-next-line prefer-rest-params
      ((queue as Ym).a ??= []).push(arguments);
    };
  ym.l = Date.now();
  return (win.ym = ym);
}
