import type { ServerResponse } from 'node:http';

/**
 * Writes a web Response to a Node response, body streamed with back-pressure (an export
 * reads its next page only when the socket has taken the last one). A body that fails
 * half-way destroys the connection, so the client sees a broken download, not a short file.
 * `closeConnection` adds `Connection: close` (the request body was left unread).
 */
export async function writeResponse(response: Response, res: ServerResponse, closeConnection: boolean): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (closeConnection) headers.connection = 'close';
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  if (response.headers.has('content-length')) {
    // A whole answer of known size (every answer but an export): one write, no stream machinery.
    res.end(Buffer.from(await response.arrayBuffer()));
    return;
  }
  const reader = response.body.getReader();
  const gone = new Promise<'gone'>((resolve) => res.once('close', () => resolve('gone')));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) {
        const waited = await Promise.race([new Promise<'drained'>((resolve) => res.once('drain', () => resolve('drained'))), gone]);
        if (waited === 'gone') {
          await reader.cancel();
          return;
        }
      }
    }
    res.end();
  } catch (error) {
    res.destroy();
    throw error;
  }
}
