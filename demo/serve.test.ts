import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import * as consentDocumentModule from '../src/consent-document';
import * as server from '../src/server/index';
import { rawExchange, rawRequest } from '../src/server/testing/raw-http';
import { sampleRecord } from '../src/server/testing/record-fixture';
import { DEFAULT_ADMIN_TOKEN, startDemo, startLines, type RunningDemo } from './serve.mjs';

let demo: RunningDemo;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'consentry-demo-unit-'));
  demo = await startDemo({ port: 0, dataDir, serverModule: server, consentDocumentModule });
});
afterAll(async () => {
  await demo.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// The store said which file it opened and the demo's own lines said it again: the path twice at every start.
describe('its start names the consent log once', () => {
  it('by its absolute path, saying whether this start created it; the store says nothing itself', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const dir = mkdtempSync(join(tmpdir(), 'consentry-demo-start-'));
    const path = join(dir, 'consent-log.sqlite');
    const said: string[][] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const started = await startDemo({ port: 0, dataDir: dir, adminToken: DEFAULT_ADMIN_TOKEN, serverModule: server, consentDocumentModule });
        said.push(startLines(started).filter((line) => line.includes(path)));
        await started.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(info).not.toHaveBeenCalled();
    expect(said).toEqual([
      [`Consent log: ${path}, created now (new and empty) (admin token: demo-admin-token, the demo default)`],
      [`Consent log: ${path} (admin token: demo-admin-token, the demo default)`],
    ]);
  });
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

// 156-FZ: the consent is a document of its own, which the site publishes at `policy.consentUrl`.
describe('a Russian site publishes its consent document', () => {
  it('as an HTML page in the asked language, and as the exact text whose hash records carry', async () => {
    const html = await fetch(`${demo.url}/sites/infomaximum/consent?lang=ru`);
    expect([html.status, html.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    const page = await html.text();
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain('<h1>Согласие на обработку персональных данных</h1>');
    expect(page).toContain('Google LLC (США)');
    const text = await (await fetch(`${demo.url}/sites/infomaximum/consent?lang=en&format=text`)).text();
    expect(text.startsWith('Consent to the processing of personal data\n')).toBe(true);
    expect(createHash('sha256').update(text).digest('hex')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('not for a site without a consent URL (the DPDP site), nor an unknown one', async () => {
    expect((await fetch(`${demo.url}/sites/cmachines/consent`)).status).toBe(404);
    expect((await fetch(`${demo.url}/sites/nowhere/consent`)).status).toBe(404);
  });
});
