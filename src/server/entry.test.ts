import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup, type RollupOptions } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './testing/http';
import { sampleRecord } from './testing/record-fixture';

// consentry/server used to fail to import without ajv (ERR_MODULE_NOT_FOUND). Build the entry
// as `npm run build` does and load it from a folder with no node_modules at all.
type ServerModule = typeof import('./index');
let server: ServerModule;
let imports: string[];
let dir: string;

beforeAll(async () => {
  const configs = (await import(pathToFileURL(join(process.cwd(), 'rollup.config.mjs')).href)).default as RollupOptions[];
  const config = configs.find((c) => JSON.stringify(c.input).includes('src/server/index.ts'))!;
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const { output } = await bundle.generate({ ...(config.output as object), dir: undefined, file: undefined, format: 'es', sourcemap: false });
  await bundle.close();
  dir = mkdtempSync(join(tmpdir(), 'consentry-entry-'));
  imports = [];
  for (const chunk of output) {
    if (chunk.type !== 'chunk') continue;
    imports.push(...chunk.imports, ...chunk.dynamicImports);
    writeFileSync(join(dir, chunk.fileName.replace(/\.js$/, '.mjs')), chunk.code);
  }
  server = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as ServerModule;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built consentry/server entry', () => {
  it('imports nothing but Node built-ins: no ajv, no database driver', () => {
    expect(imports.filter((id) => !id.startsWith('node:'))).toEqual([]);
  });

  it('runs a receiver on the memory store with no package installed', async () => {
    const store = server.memoryRecordStore();
    const receiver = await serve(server.createReceiver({ store }));
    try {
      const res = await fetch(receiver.url, { method: 'POST', body: JSON.stringify(sampleRecord()), headers: { 'content-type': 'text/plain' } });
      expect(res.status).toBe(201);
      expect(store.count()).toBe(1);
    } finally {
      await receiver.close();
    }
  });

  it('names the package a store needs when it is missing', async () => {
    expect(() => server.sqliteRecordStore({ path: ':memory:' })).toThrow('sqliteRecordStore needs the better-sqlite3 package: npm install better-sqlite3@12');
    await expect(server.pgRecordStore({})).rejects.toThrow('pgRecordStore needs the pg package: npm install pg');
  });
});
