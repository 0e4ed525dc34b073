export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too_large' | 'bad_encoding' | 'aborted' };

/**
 * Reads a request body up to `limit` bytes. Past the limit it stops reading at once and cancels
 * the rest (the caller answers 413), so a huge body costs no memory.
 */
export async function readBody(request: Request, limit: number): Promise<BodyResult> {
  // No header is no declared length: `Number(null)` is 0, which would read a chunked body whole.
  const header = request.headers.get('content-length');
  const declared = header === null ? NaN : Number(header);
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: 'too_large' };
  if (!request.body) return decode(new Uint8Array(0));
  if (Number.isFinite(declared)) {
    // An HTTP server reads no more than the declared length, so this is bounded by the check above.
    try {
      const bytes = new Uint8Array(await request.arrayBuffer());
      return bytes.byteLength > limit ? { ok: false, reason: 'too_large' } : decode(bytes);
    } catch {
      return { ok: false, reason: 'aborted' };
    }
  }
  // No declared length (chunked): count as it arrives, and stop past the limit.
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        void reader.cancel().catch(() => {});
        return { ok: false, reason: 'too_large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'aborted' };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decode(bytes);
}

function decode(bytes: Uint8Array): BodyResult {
  try {
    // fatal: a body that is not UTF-8 is refused rather than silently mangled.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'bad_encoding' };
  }
}
