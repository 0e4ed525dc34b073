// The README's React example, type-checked as written (taken from README.md, so the two cannot
// drift) against this source: a developer pastes it into an app, where a name it uses without
// importing fails. Only what the prose leaves to the app is given: its config, its `onRecord`,
// its `sendPageview` and the element it renders into.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

const GIVEN = [
  "declare const config: import('consentry').ConsentryConfig;",
  "declare function onRecord(record: import('consentry').ConsentRecord): Promise<void>;",
  'declare function sendPageview(): void;',
  'declare const root: HTMLElement;',
].join('\n');

/** TypeScript's errors for the ```tsx block under "## React", `consentry` resolved to src/. */
function errorsOfReadmeExample(): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('React\n')) ?? '';
  const source = /```tsx\n([\s\S]*?)```/.exec(section)?.[1];
  if (!source) throw new Error('README.md has no tsx block under "## React"');
  const file = `${root}readme-react-example.tsx`;
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    baseUrl: root,
    paths: { consentry: ['src/index.ts'], 'consentry/react': ['src/react/index.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile;
  host.getSourceFile = (name, ...rest) => (name === file ? ts.createSourceFile(name, `${GIVEN}\n${source}`, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX) : read(name, ...rest));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe("README's React example", () => {
  test('type-checks as pasted into an app: every name it uses is imported or is the app\'s own', () => {
    expect(errorsOfReadmeExample()).toEqual([]);
  }, 120_000); // a whole program's type check: seconds, more on a busy machine
});
