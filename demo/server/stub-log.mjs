/**
 * Every request the tracker stubs receive: each one stands for a request that, on a
 * real site, would have left the page for Yandex, Google or a video host.
 */
export function createStubLog() {
  /** @type {Array<{ seq: number, at: string, site: string | null, standsFor: string, kind: string, path: string }>} */
  const entries = [];
  let seq = 0;
  return {
    entries,
    add(entry) {
      entries.push({ seq: ++seq, at: new Date().toISOString(), ...entry });
    },
    forSite(site) {
      return site ? entries.filter((e) => e.site === site) : entries.slice();
    },
    clear(site) {
      for (let i = entries.length - 1; i >= 0; i--) if (!site || entries[i].site === site) entries.splice(i, 1);
    },
  };
}

/** Which real host a stub path stands for, and what kind of request it is. */
export function describeStubRequest(path) {
  if (path.startsWith('/stubs/mc.yandex.ru/metrika/')) return { standsFor: 'mc.yandex.ru', kind: 'script' };
  if (path.startsWith('/stubs/mc.yandex.ru/webvisor/')) return { standsFor: 'mc.yandex.ru', kind: 'session replay' };
  if (path.startsWith('/stubs/mc.yandex.ru/')) return { standsFor: 'mc.yandex.ru', kind: 'hit' };
  if (path.startsWith('/stubs/googletagmanager/')) return { standsFor: 'www.googletagmanager.com', kind: 'script' };
  if (path.startsWith('/stubs/google-analytics/')) return { standsFor: 'www.google-analytics.com', kind: 'hit' };
  if (path.startsWith('/stubs/video.html')) return { standsFor: 'embedded video or map', kind: 'embed' };
  return { standsFor: 'unknown', kind: 'other' };
}

/** The demo site a request came from: its host (`arcon.localhost`) or its page path (`/sites/arcon/`). */
export function siteOf(req, sites) {
  const host = String(req.headers.host ?? '').split(':')[0];
  const label = host.endsWith('.localhost') ? host.slice(0, -'.localhost'.length) : null;
  if (label && sites.includes(label)) return label;
  try {
    const match = /^\/sites\/([a-z0-9-]+)\//.exec(new URL(String(req.headers.referer ?? '')).pathname);
    if (match && sites.includes(match[1])) return match[1];
  } catch {
    // no referer (or not a URL): unknown site
  }
  return null;
}
