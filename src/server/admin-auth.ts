import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * `Authorization: Bearer <token>` checked in constant time. Both sides are hashed first,
 * so neither the token's content nor its length leaks through timing.
 */
export function isAdmin(authorization: string | null, token: string): boolean {
  if (authorization === null) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return false;
  return timingSafeEqual(digest(match[1]!), digest(token));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
