import { connect, createServer, type Server, type Socket } from 'node:net';

export interface DatabaseProxy {
  /** The connection string, through the proxy. */
  url: string;
  /** The database "goes away": open connections are cut and new ones refused. */
  cut(): Promise<void>;
  /** It comes back, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a PostgreSQL test database, so a test can take the database away
 * from a store and give it back without stopping the cluster other tests use.
 */
export async function databaseProxy(connectionString: string): Promise<DatabaseProxy> {
  // postgresql://user:password@host:port/db, or a socket folder as ?host=/var/run/postgresql
  const given = new URL(connectionString);
  const port = Number(given.port || 5432);
  const socketDir = given.searchParams.get('host');
  const target = socketDir?.startsWith('/') ? { path: `${socketDir}/.s.PGSQL.${port}` } : { host: given.hostname || '127.0.0.1', port };
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let listenPort = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = connect(target as { path: string });
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(listenPort, '127.0.0.1', () => {
        listenPort = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (server) server.close(() => resolve());
      else resolve();
      server = null;
    });

  await listen();
  const through = new URL(connectionString);
  through.hostname = '127.0.0.1';
  through.port = String(listenPort);
  through.searchParams.delete('host');
  return { url: through.href, cut, restore: listen, close: cut };
}
