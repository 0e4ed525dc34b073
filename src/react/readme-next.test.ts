// The README's Next.js one-liners (the spans that call `headers()` or `cookies()` from
// `next/headers`), type-checked as a Server Component would hold them. Since Next.js 15 both
// return a Promise, so a span that calls `.get` on one without `await` fails to compile there.
// Next is not a dependency here: its two signatures are declared as Next 15 and later have them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { typeErrors } from '../core/testing/type-errors';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

const GIVEN = [
  "declare const config: import('consentry').ConsentryConfig;",
  'declare function headers(): Promise<{ get(name: string): string | null }>;',
  'declare function cookies(): Promise<{ get(name: string): { name: string; value: string } | undefined }>;',
].join('\n');

/** Inline code spans of the README that call `headers()` or `cookies()` inside a readConsent call. */
function nextSpans(): string[] {
  return [...readme.matchAll(/`([^`\n]*readConsent\([^`\n]*(?:headers|cookies)\(\)[^`\n]*)`/g)].map((m) => m[1]!.replace(/^initialState=\{(.*)\}$/, '$1'));
}

function errorsOf(spans: string[]): string[] {
  const source = `${GIVEN}\nimport { readConsent } from 'consentry';\nexport async function Layout() {\n${spans.map((s) => `  void ${s};`).join('\n')}\n}\n`;
  return typeErrors(`${root}readme-next-spans.ts`, source, { baseUrl: root, paths: { consentry: ['src/index.ts'] } }).map((e) => e.message);
}

describe("README's Next.js snippets", () => {
  test('the provider prop and the { value } reading both name a Next.js request API', () => {
    const spans = nextSpans();
    expect(spans.some((s) => s.includes('headers()'))).toBe(true);
    expect(spans.some((s) => s.includes('cookies()'))).toBe(true);
  });

  test('type-check in an async Server Component against Next 15+ headers()/cookies() (Promises)', () => {
    expect(errorsOf(nextSpans())).toEqual([]);
  }, 120_000); // a whole program's type check: seconds, more on a busy machine
});
