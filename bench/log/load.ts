import { connect, type Socket } from 'node:net';

export interface LoadResult {
  /** Record ids the receiver answered 201 for: it said they are stored. */
  created: string[];
  /** Answers by status (0: no answer, the connection failed). */
  statuses: Map<number, number>;
  /** Milliseconds from sending a request to its whole answer, every answered request. */
  latencies: number[];
  elapsedMs: number;
}

/**
 * Posts `bodies` (record JSON, keyed by record id) over `connections` keep-alive connections,
 * each sending its next record when the last is answered, until all are sent or `stop()` says so
 * (the bench's kill -9). A bare HTTP/1.1 client on sockets: Node's http client costs about a
 * third of what the receiver does per request, CPU the two would share on a 2-core machine.
 */
export async function postRecords(port: number, bodies: ReadonlyArray<[string, string]>, connections: number, stop: (result: LoadResult) => boolean = () => false): Promise<LoadResult> {
  const result: LoadResult = { created: [], statuses: new Map(), latencies: [], elapsedMs: 0 };
  let next = 0;
  const started = performance.now();
  async function worker(): Promise<void> {
    const connection = await keepAlive(port);
    try {
      while (next < bodies.length && !stop(result)) {
        const [recordId, body] = bodies[next++]!;
        const sent = performance.now();
        const status = await connection.post(body);
        if (status !== 0) result.latencies.push(performance.now() - sent);
        result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
        if (status === 201) result.created.push(recordId);
        if (status === 0) break; // the connection is gone (the kill)
      }
    } finally {
      connection.close();
    }
  }
  await Promise.all(Array.from({ length: connections }, worker));
  result.elapsedMs = performance.now() - started;
  return result;
}

interface Connection {
  /** The answer's status, once its whole body has arrived; 0 if the connection failed first. */
  post(body: string): Promise<number>;
  close(): void;
}

/** One keep-alive connection that reads answers framed by Content-Length (every record answer has one). */
function keepAlive(port: number): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let buffer: Buffer = Buffer.alloc(0);
    let pending: ((status: number) => void) | null = null;
    const settle = (status: number) => {
      const done = pending;
      pending = null;
      done?.(status);
    };
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      const headEnd = buffer.indexOf('\r\n\r\n');
      if (headEnd < 0) return;
      const head = buffer.subarray(0, headEnd).toString('latin1');
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? NaN);
      if (!Number.isFinite(length)) return void socket.destroy(new Error(`an answer without Content-Length: ${head.split('\r\n')[0]}`));
      if (buffer.length < headEnd + 4 + length) return;
      buffer = buffer.subarray(headEnd + 4 + length);
      settle(Number(head.slice(9, 12)));
    });
    socket.on('error', () => settle(0));
    socket.on('close', () => settle(0));
    socket.once('connect', () =>
      resolve({
        post(body) {
          return new Promise((done) => {
            if (socket.destroyed) return done(0);
            pending = done;
            socket.write(`POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain;charset=UTF-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
          });
        },
        close: () => socket.destroy(),
      }),
    );
    socket.once('error', reject);
  });
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
