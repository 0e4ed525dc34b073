import type { CookieJar } from '../cookie-jar';

interface Stored {
  name: string;
  value: string;
  /** `null` for a host-only cookie. */
  domain: string | null;
  path: string;
}

/**
 * A `document.cookie` for one page at `host` + `path` that behaves like a browser where it
 * matters here: it refuses a `domain` that is a public suffix or not a parent of the host,
 * keys cookies by name + domain + path, deletes on a past `expires` or `max-age<=0`.
 */
export function fakeJar(host: string, options: { publicSuffixes?: string[]; path?: string; refuseAll?: boolean } = {}): CookieJar & {
  cookies: Stored[];
  set(name: string, value: string, domain: string | null, path?: string): void;
} {
  const suffixes = new Set(options.publicSuffixes ?? ['test', 'com', 'ru', 'uk', 'co.uk', 'com.ru', 'msk.ru']);
  const pagePath = options.path ?? '/';
  const cookies: Stored[] = [];
  const visible = (c: Stored) =>
    (c.domain === null ? true : host === c.domain || host.endsWith(`.${c.domain}`)) && (c.path === '/' || pagePath === c.path || pagePath.startsWith(`${c.path}/`));
  const put = (c: Stored, remove: boolean) => {
    const i = cookies.findIndex((x) => x.name === c.name && x.domain === c.domain && x.path === c.path);
    if (i >= 0) cookies.splice(i, 1);
    if (!remove) cookies.push(c);
  };
  return {
    cookies,
    set(name, value, domain, path = '/') {
      put({ name, value, domain, path }, false);
    },
    read: () =>
      cookies
        .filter(visible)
        .map((c) => `${c.name}=${c.value}`)
        .join('; '),
    write(cookie) {
      if (options.refuseAll) return;
      const [pair, ...attrs] = cookie.split(';').map((s) => s.trim());
      const eq = pair!.indexOf('=');
      const c: Stored = { name: pair!.slice(0, eq), value: pair!.slice(eq + 1), domain: null, path: '/' };
      let remove = false;
      for (const attr of attrs) {
        const [k, v = ''] = attr.split('=');
        const key = k!.toLowerCase();
        if (key === 'domain') c.domain = v.replace(/^\./, '').toLowerCase();
        if (key === 'path') c.path = v;
        if (key === 'expires' && Date.parse(v) < Date.now()) remove = true;
        if (key === 'max-age' && Number(v) <= 0) remove = true;
      }
      if (c.domain !== null) {
        if (c.domain !== host && !host.endsWith(`.${c.domain}`)) return; // not a parent: refused
        if (suffixes.has(c.domain) && c.domain !== host) return; // a public suffix: refused
      }
      put(c, remove);
    },
  };
}
