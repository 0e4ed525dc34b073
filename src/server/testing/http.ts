import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReceiverHandler } from '../receiver';

export interface RunningReceiver {
  url: string;
  close(): Promise<void>;
}

/** Serves a receiver on 127.0.0.1 with an ephemeral port (tests run side by side on one machine). */
export async function serve(handler: ReceiverHandler): Promise<RunningReceiver> {
  const server: Server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
