import { rmSync } from 'node:fs';
import { startServer, type Handler, type TestServer } from './server';

export interface AppServer extends TestServer {
  /** Calls to `/collect`: the analytics call an example app makes once statistics are granted. */
  pageviews(): number;
  /** Stops the server and removes the built app. */
  dispose(): Promise<void>;
}

/** Serves an app built into `root` (a temporary folder), answering its `/collect` calls with 204. */
export async function startAppServer(root: string): Promise<AppServer> {
  const collector: Handler = (req, res) => req.url === '/collect' && (res.writeHead(204).end(), true);
  const server = await startServer({ root, handlers: [collector] });
  return {
    ...server,
    pageviews: () => server.requests.filter((path) => path === '/collect').length,
    async dispose() {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
