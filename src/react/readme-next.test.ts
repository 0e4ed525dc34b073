// The README's Next.js one-liners (the spans that call `headers()` or `cookies()` from
// `next/headers`), type-checked as a Server Component would hold them. Since Next.js 15 both
// return a Promise, so a span that calls `.get` on one without `await` fails to compile there.
// Next is not a dependency here: its two signatures are declared as Next 15 and later have them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

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
  const file = `${root}readme-next-spans.ts`;
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    baseUrl: root,
    paths: { consentry: ['src/index.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile;
  host.getSourceFile = (name, ...rest) => (name === file ? ts.createSourceFile(name, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS) : read(name, ...rest));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
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
