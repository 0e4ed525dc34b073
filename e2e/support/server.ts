import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export type Handler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface TestServer {
  url: string;
  port: number;
  /** Paths requested, in order (for 'no UI chunk was loaded' checks). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A static server for the repo (dist/ and e2e fixtures) on an ephemeral port.
 * `handlers` run first and return true when they answered. `headers` adds response headers
 * to HTML pages (a CSP, say).
 */
export async function startServer(options: { root?: string; handlers?: Handler[]; headers?: Record<string, string>; host?: string } = {}): Promise<TestServer> {
  const root = resolve(options.root ?? process.cwd());
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    requests.push(path);
    for (const handler of options.handlers ?? []) if (await handler(req, res)) return;
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(type.startsWith('text/html') ? options.headers : {}) });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, options.host ?? '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
