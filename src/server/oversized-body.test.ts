import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryRecordStore } from './memory-store';
import { DISCARD_MILLIS } from './discard-body';
import { createReceiver } from './receiver';
import { serve, type RunningReceiver } from './testing/http';
import { sampleRecord } from './testing/record-fixture';

const running: RunningReceiver[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

const MB = 1024 * 1024;

/**
 * Sends a body of `size` bytes as fast as the socket takes it, over a raw socket (no `Expect:
 * 100-continue`), and resolves with the answer's first line once the whole body is sent; or, as
 * curl does, with the error when a write fails first (curl then reports "failed sending data",
 * exit 55, and never shows the 413 it was sent).
 */
function sendLargeBody(url: string, headers: string, size: number, framing: { before: string; after: string } = { before: '', after: '' }, requestLine = 'POST / HTTP/1.1'): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    let sent = 0;
    let allSent = false;
    const done = (result: string) => {
      socket.destroy();
      resolve(result);
    };
    const settle = () => {
      if (allSent && answer.includes('\r\n\r\n')) done(answer.split('\r\n')[0]!);
    };
    const chunk = Buffer.alloc(256 * 1024, 'x');
    const pump = () => {
      while (sent < size) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        const last = sent === size;
        const more = socket.write(last ? Buffer.concat([piece, Buffer.from(framing.after)]) : piece, (error) => {
          if (last && !error) {
            allSent = true;
            settle();
          }
        });
        if (!more) return void socket.once('drain', pump);
      }
    };
    socket.setEncoding('latin1');
    socket.on('data', (data: string) => {
      answer += data;
      settle();
    });
    socket.on('close', () => done(`closed after ${sent} bytes sent, answer ${JSON.stringify(answer.split('\r\n')[0])}`));
    socket.on('error', (error: NodeJS.ErrnoException) => done(`${error.code ?? error.message} after ${sent} bytes sent`));
    socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n${headers}\r\n${framing.before}`);
    pump();
  });
}

describe('a 50 MB body without Expect: 100-continue', { timeout: 60_000 }, () => {
  const chunked = { before: `${(50 * MB).toString(16)}\r\n`, after: '\r\n0\r\n\r\n' };
  for (const [name, headers, framing] of [
    ['declared length', `Content-Length: ${50 * MB}\r\n`, undefined],
    ['declared length, the client asks to close', `Content-Length: ${50 * MB}\r\nConnection: close\r\n`, undefined],
    ['chunked (no length declared)', 'Transfer-Encoding: chunked\r\n', chunked],
  ] as const) {
    it(`${name}: the client sends it all and gets its 413, not a failed write (three times)`, async () => {
      const receiver = await serve(createReceiver({ store: memoryRecordStore(), onError: () => {} }));
      running.push(receiver);
      const answers: string[] = [];
      for (let i = 0; i < 3; i++) answers.push(await sendLargeBody(receiver.url, headers, 50 * MB, framing));
      expect(answers).toEqual(Array(3).fill('HTTP/1.1 413 Payload Too Large'));
    });
  }

  it(`a body that stops coming: the 413 at once, the connection closed after ${DISCARD_MILLIS / 1000} s of waiting for its end`, async () => {
    const receiver = await serve(createReceiver({ store: memoryRecordStore(), onError: () => {} }));
    running.push(receiver);
    const { port } = new URL(receiver.url);
    const socket = connect(Number(port), '127.0.0.1');
    const started = Date.now();
    socket.write(`POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: ${50 * MB}\r\n\r\n${'x'.repeat(1024)}`);
    let answered = 0;
    const answer = await new Promise<string>((resolve) => {
      let data = '';
      socket.setEncoding('latin1');
      socket.on('data', (chunk: string) => {
        data += chunk;
        answered ||= Date.now() - started;
      });
      socket.on('end', () => resolve(data));
    });
    expect(answered).toBeLessThan(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(DISCARD_MILLIS - 100);
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large');
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    socket.destroy();
  });
});

describe('answered before the body is read: a client sending 50 MB reads the answer, not a reset', { timeout: 60_000 }, () => {
  const length = `Content-Length: ${50 * MB}\r\n`;
  it.each([
    ['rate limited (the limit used up by a first record)', 'POST / HTTP/1.1', length, 'HTTP/1.1 429 Too Many Requests'],
    ['an origin not allowed', 'POST / HTTP/1.1', `${length}Origin: https://evil.example\r\n`, 'HTTP/1.1 403 Forbidden'],
    ['a target that is no path (answered by the Node handler itself)', 'POST // HTTP/1.1', length, 'HTTP/1.1 400 Bad Request'],
    ['TRACE (a method a web Request cannot carry, answered by the Node handler itself)', 'TRACE / HTTP/1.1', length, 'HTTP/1.1 405 Method Not Allowed'],
  ])('%s', async (_name, requestLine, headers, expected) => {
    const store = memoryRecordStore();
    const receiver = await serve(createReceiver({ store, allowedOrigins: ['https://shop.example'], rateLimit: { records: 1 }, onError: () => {} }));
    running.push(receiver);
    await fetch(receiver.url, { method: 'POST', body: '{}', headers: { 'content-type': 'text/plain' } }); // uses up the limit
    const answers: string[] = [];
    for (let i = 0; i < 3; i++) answers.push(await sendLargeBody(receiver.url, headers, 50 * MB, undefined, requestLine));
    expect(answers).toEqual(Array(3).fill(expected));
    expect(store.count()).toBe(0);
  });
});

describe('an unexpected failure before the body is read: the 500 is read, not a reset', { timeout: 60_000 }, () => {
  it('a 50 MB POST to a path not the receiver\'s, whose next() throws (three times)', async () => {
    const errors: unknown[] = [];
    const handler = createReceiver({ store: memoryRecordStore(), basePath: '/consent', onError: (error) => errors.push(error) });
    const receiver = await serve((req, res) =>
      handler(req, res, () => {
        throw new Error('the next middleware failed');
      }),
    );
    running.push(receiver);
    const answers: string[] = [];
    for (let i = 0; i < 3; i++) answers.push(await sendLargeBody(receiver.url, `Content-Length: ${50 * MB}\r\n`, 50 * MB, undefined, 'POST /elsewhere HTTP/1.1'));
    expect(answers).toEqual(Array(3).fill('HTTP/1.1 500 Internal Server Error'));
    expect(errors).toHaveLength(3);
  });
});

describe('a refusal of a small body keeps the connection', () => {
  it('403 then 201 on one keep-alive socket', async () => {
    const store = memoryRecordStore();
    const receiver = await serve(createReceiver({ store, allowedOrigins: ['https://shop.example'] }));
    running.push(receiver);
    const socket = connect(Number(new URL(receiver.url).port), '127.0.0.1');
    socket.setEncoding('latin1');
    let data = '';
    socket.on('data', (chunk: string) => (data += chunk));
    /** Sends one request and resolves with its answer's status line, once its whole body (Content-Length) is in. */
    const exchange = (extra: string, body: string) =>
      new Promise<string>((resolve, reject) => {
        data = '';
        const check = () => {
          const end = data.indexOf('\r\n\r\n');
          const length = Number(/\r\ncontent-length: (\d+)/i.exec(data)?.[1]);
          if (end >= 0 && data.length >= end + 4 + length) resolve(data.split('\r\n')[0]!);
          else if (socket.destroyed) reject(new Error(`the connection closed: ${JSON.stringify(data)}`));
          else setTimeout(check, 10);
        };
        socket.write(`POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n${extra}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`, check);
      });
    const body = JSON.stringify(sampleRecord());
    expect(await exchange('Origin: https://evil.example\r\n', body)).toBe('HTTP/1.1 403 Forbidden');
    expect(await exchange('', body)).toBe('HTTP/1.1 201 Created');
    socket.destroy();
    expect(store.count()).toBe(1);
  });
});
