import { expect, test } from 'vitest';
import { ID_PATTERN, randomId } from './ids';

test('128 random bits as 22 cookie-safe characters', () => {
  const bytes = (n: number) => new Uint8Array(n).fill(255);
  expect(randomId(bytes)).toBe('_____________________w');
  expect(randomId(bytes)).toMatch(ID_PATTERN);
});

test('ids from the real random source differ and fit the pattern', () => {
  const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
  const ids = new Set(Array.from({ length: 200 }, () => randomId(random)));
  expect(ids.size).toBe(200);
  for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
});
