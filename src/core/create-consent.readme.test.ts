// The README's npm example, run as written (taken from README.md, so the two cannot drift): its
// `onRecord` must not count a 503 as delivered. `fetch` resolves on any HTTP answer, so an
// example that returns its promise would lose the record (issue 11).
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { createConsent } from './testing/create-consent';
import { testConfig } from './testing/config-fixture';
import { fakeEnv, fakeServer, settle } from './testing/fake-env';
import type { Consent, ConsentOptions, ConsentryConfig } from './types';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The `ts` block under "## Quick start: npm" that calls `createConsent`. */
function readmeExample(): string {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Quick start: npm\n')) ?? '';
  const example = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).find((code) => code.includes('createConsent('));
  if (!example) throw new Error('README.md has no ts example calling createConsent under "## Quick start: npm"');
  return example;
}

/**
 * Runs `source` (TypeScript, as in the README) with `fetch` answering `server`'s status, and the
 * test's clock, store and outbox under the options it passes to `createConsent`.
 */
function runExample(source: string, server: ReturnType<typeof fakeServer>) {
  const fake = fakeEnv();
  const outbox = memoryOutbox();
  let consent: Consent | undefined;
  const consentry = {
    createConsent: (_config: ConsentryConfig, options: ConsentOptions = {}) =>
      (consent = createConsent(testConfig(), { ...options, store: memoryStore(), outbox, now: fake.now, env: fake.env })),
  };
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const page = { querySelector: () => ({ addEventListener() {} }) };
  const require = (id: string) => {
    if (id !== 'consentry') throw new Error(`the example imports ${id}`);
    return consentry;
  };
  new Function('require', 'exports', 'config', 'document', 'startAnalytics', 'fetch', js)(require, {}, {}, page, () => {}, server.fetch);
  if (!consent) throw new Error('the example did not call createConsent');
  return { consent, outbox, fake };
}

describe("README's npm example: onRecord", () => {
  test('a 503 is not delivered: the record stays queued, and is sent again (same record id) once the log answers 201', async () => {
    const server = fakeServer(503);
    const { consent, outbox, fake } = runExample(readmeExample(), server);
    consent.acceptAll();
    await settle();
    expect(server.calls.map((c) => c.status)).toEqual([503]);
    expect(server.calls[0]!.init).toMatchObject({ method: 'POST', keepalive: true });
    expect(outbox.entries).toHaveLength(1);
    expect(fake.warnings.join('\n')).toContain('consent log answered 503');

    server.status = 201;
    fake.advance(3000);
    await settle();
    expect(server.calls.map((c) => c.status)).toEqual([503, 201]);
    expect(new Set(server.calls.map((c) => c.record.recordId)).size).toBe(1);
    expect(outbox.entries).toEqual([]);
  });

  test("the check has teeth: the README's former example, which returned fetch()'s promise, lost the record on a 503", async () => {
    const old = `import { createConsent } from 'consentry';
const consent = createConsent(config, {
  onRecord: (record) => fetch('/consent-log', { method: 'POST', body: JSON.stringify(record) }),
});`;
    const server = fakeServer(503);
    const { consent, outbox } = runExample(old, server);
    consent.acceptAll();
    await settle();
    expect(server.calls.map((c) => c.status)).toEqual([503]);
    expect(outbox.entries).toEqual([]);
  });
});
