import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as server from '../src/server/index';
import { rawExchange, rawRequest } from '../src/server/testing/raw-http';
import { sampleRecord } from '../src/server/testing/record-fixture';
import { startDemo, type RunningDemo } from './serve.mjs';

let demo: RunningDemo;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'consentry-demo-unit-'));
  demo = await startDemo({ port: 0, dataDir, serverModule: server });
});
afterAll(async () => {
  await demo.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// `GET /%E0` used to stop the demo: decodeURIComponent threw outside the handler's try.
describe('the demo server answers malformed requests with 400 and keeps serving', () => {
  it.each([
    ['GET /%E0 HTTP/1.1'],
    ['GET /sites/%E0/ HTTP/1.1'],
    ['GET /consent-log/consents/%E0 HTTP/1.1'],
    ['GET // HTTP/1.1'],
    ['GET http://[ HTTP/1.1'],
  ])('%s', async (line) => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      expect((await rawExchange(demo.url, rawRequest(line))).status).toBe(400);
      expect((await fetch(`${demo.url}/favicon.ico`)).status).toBe(204);
      const res = await fetch(`${demo.url}/consent-log`, { method: 'POST', body: JSON.stringify(sampleRecord()), headers: { 'content-type': 'text/plain' } });
      expect(res.status).toBe(201);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
