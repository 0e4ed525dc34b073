import { describe, expect, it } from 'vitest';
import { readBody } from './read-body';

/** A chunked request body (no Content-Length) of `chunks` KiB, counting how much was pulled. */
function chunked(chunks: number) {
  const seen = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (++seen.pulled > chunks) return controller.close();
      controller.enqueue(new Uint8Array(1024).fill(32));
    },
  });
  const request = new Request('http://receiver.test/', { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'text/plain' } } as RequestInit);
  return { request, seen };
}

describe('readBody', () => {
  it('a chunked body past the limit is refused as it arrives, not read whole first', async () => {
    const { request, seen } = chunked(10_000);
    expect(request.headers.get('content-length')).toBeNull();
    expect(await readBody(request, 16 * 1024)).toEqual({ ok: false, reason: 'too_large' });
    expect(seen.pulled).toBeLessThan(100); // 17 KiB read for a 16 KiB limit, not 10 MB
  });

  it('a chunked body within the limit is read', async () => {
    const { request } = chunked(3);
    const result = await readBody(request, 16 * 1024);
    expect(result).toEqual({ ok: true, text: ' '.repeat(3 * 1024) });
  });

  it('a declared length past the limit is refused before reading', async () => {
    const request = new Request('http://receiver.test/', { method: 'POST', body: 'x'.repeat(20), headers: { 'content-length': '20' } });
    expect(await readBody(request, 10)).toEqual({ ok: false, reason: 'too_large' });
  });

  it('a body that is not UTF-8 is refused', async () => {
    const request = new Request('http://receiver.test/', { method: 'POST', body: new Uint8Array([0xff, 0xfe]) });
    expect(await readBody(request, 10)).toEqual({ ok: false, reason: 'bad_encoding' });
  });
});
