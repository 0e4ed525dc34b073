// The demo: the customer sites, the tracker stubs and the consent-log receiver on one
// plain Node server. `npm start` builds the library, then runs this file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inlineConfig } from './server/inline-config.mjs';
import { sendFile, sendJson } from './server/static.mjs';
import { createStubLog, describeStubRequest, siteOf } from './server/stub-log.mjs';

const DEMO = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(DEMO, '..');
export const SITES = ['arcon', 'shop', 'infomaximum', 'cmachines'];
export const DEFAULT_ADMIN_TOKEN = 'demo-admin-token';
const CONSENT_ID = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * Starts the demo server. `port: 0` picks a free port (tests). Returns its URL, the
 * URL of each site (each on its own `*.localhost` host, so their cookies stay apart),
 * the record store and the stub log, and a switch that makes the receiver answer 503.
 */
export async function startDemo(options = {}) {
  const { createReceiver, sqliteRecordStore } = options.serverModule ?? (await importBuiltServer());
  const dataDir = options.dataDir ?? process.env.DATA_DIR ?? join(DEMO, 'data');
  const dbPath = options.dbPath ?? process.env.DB_PATH ?? join(dataDir, 'consent-log.sqlite');
  const adminToken = options.adminToken ?? process.env.CONSENTRY_ADMIN_TOKEN ?? DEFAULT_ADMIN_TOKEN;
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const port = options.port ?? Number(process.env.PORT ?? 8080);

  // The start lines name the log, and whether this start created it (startLines): the store says nothing itself.
  let logCreated = false;
  const store = sqliteRecordStore({ path: dbPath, onOpen: (_, created) => (logCreated = created) });
  const receiver = createReceiver({ store, adminToken, basePath: '/consent-log' });
  const stubLog = createStubLog();
  let receiverAvailable = true;

  // One error boundary for every request: a malformed path (`GET /%E0`, `GET //`) is a 400,
  // a bug a 500, and neither ever becomes an unhandled rejection that stops the demo.
  // (Short timeouts, as the README's receiver example: a slow client cannot hold sockets for minutes.)
  const server = createServer({ requestTimeout: 10_000, headersTimeout: 10_000, connectionsCheckingInterval: 1_000 }, (req, res) => {
    handle(req, res).catch((error) => {
      console.error('[demo]', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'demo_error', message: String(error) });
      else res.destroy();
    });
  });

  async function handle(req, res) {
    const target = parseTarget(req.url);
    if (!target) return sendJson(res, 400, { error: 'bad_request', message: 'the request target is not a valid path' });
    const { url, path } = target;
    if (path === '/consent-log' || path.startsWith('/consent-log/')) {
      // An outage as a proxy in front of a stopped receiver shows it: 503, and the browser keeps the record.
      if (!receiverAvailable) return sendJson(res, 503, { error: 'receiver_down', message: 'the demo switched the consent log off' });
      return receiver(req, res);
    }
    if (path.startsWith('/stubs/')) {
      stubLog.add({ site: siteOf(req, SITES), ...describeStubRequest(path), path: url.pathname + url.search });
      if (path === '/stubs/mc.yandex.ru/metrika/tag.js') return void sendFile(res, DEMO, 'stubs/metrika-tag.js');
      if (path === '/stubs/googletagmanager/gtag/js') return void sendFile(res, DEMO, 'stubs/gtag.js');
      if (path === '/stubs/video.html') return void sendFile(res, DEMO, 'stubs/video.html');
      res.writeHead(204, { 'cache-control': 'no-store' }).end(); // a tracking hit: nothing to answer
      return;
    }
    if (path.startsWith('/demo-api/')) return demoApi(req, res, path, url.searchParams);
    if (path.startsWith('/dist/') && sendFile(res, join(ROOT, 'dist'), path.slice('/dist/'.length))) return;
    if (path === '/' && sendFile(res, DEMO, 'index.html')) return;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path.startsWith('/sites/') && sendSitePage(res, path)) return;
    if (path.startsWith('/sites/') && (await sendConsentDocument(res, path, url.searchParams))) return;
    if ((path.startsWith('/sites/') || path.startsWith('/assets/')) && sendFile(res, DEMO, path.slice(1))) return;
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  }

  /** A site's page, with its config file inlined (see server/inline-config.mjs). */
  function sendSitePage(res, path) {
    const match = /^\/sites\/([a-z0-9-]+)\/(index\.html)?$/.exec(path);
    if (!match || !SITES.includes(match[1])) return false;
    const file = join(DEMO, 'sites', match[1], 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return false;
    const html = inlineConfig(readFileSync(file, 'utf8'), file);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    return true;
  }

  /**
   * A 152-FZ site's consent to processing, published at its `policy.consentUrl`
   * (`/sites/<site>/consent?lang=ru`), as a site's server would: `consentDocument()` from
   * `consentry/consent-document`, on the same config the page's banner gets. `format=text` is the
   * exact text whose SHA-256 the records carry.
   */
  async function sendConsentDocument(res, path, query) {
    const match = /^\/sites\/([a-z0-9-]+)\/consent$/.exec(path);
    if (!match || !SITES.includes(match[1])) return false;
    const config = JSON.parse(readFileSync(join(DEMO, 'sites', match[1], 'consentry.config.json'), 'utf8'));
    if (!config.policy.consentUrl) return false;
    const { consentDocument } = options.consentDocumentModule ?? (await import(pathToFileURL(join(ROOT, 'dist/esm/consent-document.js')).href));
    const lang = config.language.available.includes(query.get('lang')) ? query.get('lang') : config.language.default;
    const headers = { 'cache-control': 'no-store', 'content-language': lang };
    if (query.get('format') === 'text') {
      res.writeHead(200, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end(consentDocument(config, { lang }));
      return true;
    }
    const article = consentDocument(config, { lang, format: 'html' });
    const title = /<h1>(.*?)<\/h1>/.exec(article)[1];
    const html = `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/assets/site.css"></head>\n<body><main>${article}</main></body>\n</html>\n`;
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(html);
    return true;
  }

  /** Demo-only helpers for the 'what happened' panel and the tests; a real receiver has none of these. */
  async function demoApi(req, res, path, query) {
    if (path === '/demo-api/stub-log') {
      const site = query.get('site');
      if (req.method === 'DELETE') {
        stubLog.clear(site);
        return sendJson(res, 200, { cleared: true });
      }
      return sendJson(res, 200, { entries: stubLog.forSite(site) });
    }
    if (path === '/demo-api/records') {
      // Only the records of a consent id the browser already holds: no listing, no export.
      const consentId = query.get('consentId') ?? '';
      if (!CONSENT_ID.test(consentId)) return sendJson(res, 400, { error: 'bad_consent_id' });
      return sendJson(res, 200, { records: store.byConsentId(consentId) });
    }
    if (path === '/demo-api/receiver') {
      if (req.method === 'POST') receiverAvailable = query.get('available') !== '0';
      return sendJson(res, 200, { available: receiverAvailable });
    }
    return sendJson(res, 404, { error: 'not_found' });
  }

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const actualPort = server.address().port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  return {
    url,
    port: actualPort,
    dbPath,
    logCreated,
    adminToken,
    store,
    stubLog,
    /** Each site on its own host under localhost: browsers resolve `*.localhost` to this machine. */
    siteUrl: (site) => `http://${site}.localhost:${actualPort}/sites/${site}/`,
    setReceiverAvailable(available) {
      receiverAvailable = available;
    },
    close() {
      return new Promise((done) => {
        server.closeAllConnections();
        server.close(() => store.close().then(done));
      });
    },
  };
}

/** dist/server, as a site would install it; tests pass the TypeScript source as `serverModule` instead. */
async function importBuiltServer() {
  const serverModule = join(ROOT, 'dist/server/index.js');
  if (!existsSync(serverModule) || !existsSync(join(ROOT, 'dist/consentry.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm start` does it for you).');
  }
  return import(pathToFileURL(serverModule).href);
}

/** What `node demo/serve.mjs` prints once started: the sites, and the consent log's file once (its absolute path). */
export function startLines(demo) {
  const token = demo.adminToken === DEFAULT_ADMIN_TOKEN ? `${DEFAULT_ADMIN_TOKEN}, the demo default` : 'from CONSENTRY_ADMIN_TOKEN';
  return [
    `Consentry demo: ${demo.url}/`,
    ...SITES.map((site) => `  ${site.padEnd(12)} ${demo.siteUrl(site)}`),
    `Consent log: ${demo.store.path}${demo.logCreated ? ', created now (new and empty)' : ''} (admin token: ${token})`,
  ];
}

/** The URL and decoded path of a request target, or `null` when it is not a valid path. */
function parseTarget(target = '/') {
  if (!target.startsWith('/') || target.startsWith('//')) return null; // `//x` would parse as a host
  try {
    const url = new URL(target, 'http://demo.invalid');
    return { url, path: decodeURIComponent(url.pathname) };
  } catch {
    return null; // `%E0`: not UTF-8 once decoded
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const demo = await startDemo().catch((error) => {
    console.error(`[demo] ${error.message}`);
    process.exit(1);
  });
  for (const line of startLines(demo)) console.log(line);
  const stop = () => demo.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
