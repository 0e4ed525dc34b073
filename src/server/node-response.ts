import type { ServerResponse } from 'node:http';

/**
 * Writes a web Response to a Node response, body streamed with back-pressure (an export
 * reads its next page only when the socket has taken the last one). A body that fails
 * half-way destroys the connection, so the client sees a broken download, not a short file.
 * `discardRest`, for a request body left unread (413, or refused before reading), reads the rest of
 * it: the answer goes out at once with `Connection: close`, and ends (which closes) only after.
 */
export async function writeResponse(response: Response, res: ServerResponse, discardRest: (() => Promise<unknown>) | null): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (discardRest) headers.connection = 'close';
  res.writeHead(response.status, headers);
  if (discardRest) {
    // Closing while the client still sends makes its next write fail, and clients such as curl
    // then report that error (exit 55), not the answer already sent: its length tells the client
    // the answer is whole, and the connection closes once the body has ended (or been given up on).
    if (response.body) res.write(Buffer.from(await response.arrayBuffer()));
    await discardRest();
    res.end();
    return;
  }
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
