/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as 64 hex digits. Synchronous, so a decision
 * can name the consent text in its record at once, and available where `crypto.subtle` is not
 * (plain http pages, Node without a global crypto): a few hundred bytes of code instead.
 */
const K: number[] = [];
const H: number[] = [];
// The constants are the fractional parts of the first primes' square and cube roots (§4.2.2, §5.3.3).
for (let n = 2, found = 0; found < 64; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (!prime) continue;
  if (found < 8) H[found] = ((n ** 0.5 % 1) * 2 ** 32) | 0;
  K[found++] = ((n ** (1 / 3) % 1) * 2 ** 32) | 0;
}

export function sha256(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const words: number[] = [];
  for (let i = 0; i < bytes.length; i++) words[i >> 2]! |= bytes[i]! << (24 - (i % 4) * 8);
  const bits = bytes.length * 8;
  words[bits >> 5]! |= 0x80 << (24 - (bits % 32));
  const last = (((bits + 64) >> 9) << 4) + 15;
  words[last] = bits;
  const h = H.slice();
  const w: number[] = [];
  for (let block = 0; block <= last; block += 16) {
    const [a0, b0, c0, d0, e0, f0, g0, h0] = h as [number, number, number, number, number, number, number, number];
    let [a, b, c, d, e, f, g, hh] = [a0, b0, c0, d0, e0, f0, g0, h0];
    for (let i = 0; i < 64; i++) {
      const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
      if (i < 16) w[i] = words[block + i]! | 0;
      else {
        const x = w[i - 15]!;
        const y = w[i - 2]!;
        w[i] = (w[i - 16]! + (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) + w[i - 7]! + (rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10))) | 0;
      }
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => (h[i] = (h[i]! + x) | 0));
  }
  return h.map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}
