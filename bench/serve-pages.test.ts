import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIBRARIES, pageHtml } from './libraries';
import { startBenchServer, type BenchServer } from './serve-pages';

let server: BenchServer;
beforeAll(async () => {
  server = await startBenchServer(LIBRARIES);
});
afterAll(() => server.close());

/** Every src= and href= of a page that points into one of the library's folders. */
function ownFiles(html: string, prefixes: string[]): string[] {
  return [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((url) => prefixes.some((p) => url.startsWith(p)));
}

describe('benchmark server', () => {
  it.each(LIBRARIES.map((l) => [l.id, l] as const))('serves the %s page, uncached, at its own URL', async (_id, library) => {
    const response = await fetch(server.urlOf(library));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe(pageHtml(library));
  });

  it('gives every page its own URL', () => {
    const urls = LIBRARIES.map((l) => server.urlOf(l));
    expect(new Set(urls).size).toBe(LIBRARIES.length);
  });

  // dist/ is built after the unit tests in `npm test`; e2e/bench/harness.spec.ts loads Consentry's pages.
  it.each(LIBRARIES.filter((l) => l.id !== 'baseline' && !l.files.includes('/dist/')).map((l) => [l.id, l] as const))(
    'serves the files the %s page names, from its package in node_modules',
    async (_id, library) => {
      const files = ownFiles(pageHtml(library), library.files);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const response = await fetch(`${server.url}${file}`);
        expect(response.status, file).toBe(200);
        expect((await response.arrayBuffer()).byteLength, file).toBeGreaterThan(0);
      }
    },
  );
});
