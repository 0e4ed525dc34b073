import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Sends `relative` from `root`, or returns false when there is no such file.
 * Paths that climb out of `root` (`..`, encoded or not) are never served.
 */
export function sendFile(res, root, relative, type) {
  const file = normalize(join(root, relative.endsWith('/') ? `${relative}index.html` : relative));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return false;
  let stats;
  try {
    stats = statSync(file);
  } catch {
    return false;
  }
  if (!stats.isFile()) return false;
  res.writeHead(200, {
    'content-type': type ?? TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store', // the demo is rebuilt often: never show yesterday's bundle
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
  return true;
}

export function sendJson(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}
