import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { sha256 } from './sha256';

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

test('the FIPS 180-4 examples, and the empty string', () => {
  expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('equals node:crypto on UTF-8 text of every length around the block edges (Cyrillic, Devanagari)', () => {
  for (let n = 0; n < 140; n++) expect(sha256('я'.repeat(n) + 'a'.repeat(n % 7)), String(n)).toBe(node('я'.repeat(n) + 'a'.repeat(n % 7)));
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => sha256(s) === node(s)), { numRuns: 100 });
  expect(sha256('सहमति')).toBe(node('सहमति'));
});
