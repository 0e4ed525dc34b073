import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  head: string;
  body: string;
}

/**
 * Sends bytes exactly as given (a request line `fetch` would refuse to send, such as
 * `GET http://[ HTTP/1.1`) and reads the answer until the server closes the connection.
 */
export function rawExchange(url: string, request: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let data = '';
    socket.setEncoding('latin1');
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(request.split('\r\n')[0])}`)));
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => {
      const split = data.indexOf('\r\n\r\n');
      const head = split < 0 ? data : data.slice(0, split);
      const raw = split < 0 ? '' : data.slice(split + 4);
      const body = /^transfer-encoding:\s*chunked/im.test(head) ? dechunk(raw) : raw;
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body });
    });
    socket.on('error', reject);
    socket.write(request);
  });
}

/** A request of one line plus headers, closing the connection after the answer. */
export function rawRequest(requestLine: string, headers: Record<string, string> = {}): string {
  const lines = [requestLine, 'Host: 127.0.0.1', 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** The payload of a chunked body (RFC 9112 section 7.1), chunk extensions and trailers ignored. */
function dechunk(raw: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', at);
    if (lineEnd < 0) return out;
    const size = parseInt(raw.slice(at, lineEnd), 16);
    if (!size) return out;
    out += raw.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}
