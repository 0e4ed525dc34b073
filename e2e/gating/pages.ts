import type { Handler } from '../support/server';

/**
 * Pages a spec renders per test, served at their path; the rest of the repo (dist/, fixtures)
 * is served as files. `headers` go on every rendered page (a CSP, say). `/slow.js?name=…&delay=…` answers a script that records its name in
 * `window.__order`, after `delay` ms, so that order matters.
 */
export function pageHandler(pages: Map<string, string>, headers: Record<string, string> = {}): Handler {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const page = pages.get(url.pathname);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(page);
      return true;
    }
    if (url.pathname === '/slow.js') {
      const name = url.searchParams.get('name') ?? 'slow';
      await new Promise((done) => setTimeout(done, Number(url.searchParams.get('delay') ?? 0)));
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(`window.__order.push(${JSON.stringify(name)});`);
      return true;
    }
    return false;
  };
}
