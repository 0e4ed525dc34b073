/** Serves the benchmark pages from memory, and the repo (dist/, node_modules/) as files. */
import { startServer, type TestServer } from '../e2e/support/server';
import { pageHtml, type Library } from './libraries';

export interface BenchServer extends TestServer {
  urlOf(library: Library): string;
}

export async function startBenchServer(libraries: Library[]): Promise<BenchServer> {
  const pages = new Map(libraries.map((l) => [`/bench/${l.id}.html`, pageHtml(l)]));
  const server = await startServer({
    handlers: [
      (req, res) => {
        const html = pages.get((req.url ?? '').split('?')[0]!);
        if (!html) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
        return true;
      },
    ],
  });
  return { ...server, urlOf: (l) => `${server.url}/bench/${l.id}.html` };
}
