import type { IncomingMessage } from 'node:http';

/**
 * How long the rest of a refused body is read and thrown away before the connection closes.
 * Closing a connection the client is still sending on makes its next write fail (EPIPE, or a
 * reset), and clients such as curl then report that error, not the 413 already sent. nginx
 * keeps reading for the same reason ("lingering close", up to 30 s).
 */
export const DISCARD_MILLIS = 5_000;

/**
 * Reads the rest of a request body into nothing, so the connection closes only once the client
 * is not writing to it any more. `true` when the body ended within `millis`; `false` when it did
 * not, or the client went away.
 */
export function discardBody(req: IncomingMessage, millis: number = DISCARD_MILLIS): Promise<boolean> {
  if (req.complete) return Promise.resolve(true);
  if (req.destroyed || req.readableEnded) return Promise.resolve(false);
  return new Promise((resolve) => {
    const finish = (ended: boolean) => {
      clearTimeout(timer);
      req.off('data', ignore);
      req.off('end', onEnd);
      req.off('aborted', onGone);
      req.off('error', onGone);
      req.off('close', onGone);
      if (!ended) req.pause();
      resolve(ended);
    };
    const ignore = () => {};
    const onEnd = () => finish(true);
    const onGone = () => finish(req.complete);
    const timer = setTimeout(() => finish(false), millis);
    req.on('data', ignore);
    req.on('end', onEnd);
    req.on('aborted', onGone);
    req.on('error', onGone);
    req.on('close', onGone);
    req.resume();
  });
}
