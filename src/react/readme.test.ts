// The README's React example, type-checked as written (taken from README.md, so the two cannot
// drift) against this source: a developer pastes it into an app, where a name it uses without
// importing fails. Only what the prose leaves to the app is given: its config, its `onRecord`,
// its `sendPageview` and the element it renders into.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { typeErrors } from '../core/testing/type-errors';

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
  return typeErrors(`${root}readme-react-example.tsx`, `${GIVEN}\n${source}`, {
    jsx: ts.JsxEmit.ReactJSX,
    baseUrl: root,
    paths: { consentry: ['src/index.ts'], 'consentry/react': ['src/react/index.ts'] },
  }).map((e) => e.message);
}

describe("README's React example", () => {
  test('type-checks as pasted into an app: every name it uses is imported or is the app\'s own', () => {
    expect(errorsOfReadmeExample()).toEqual([]);
  }, 120_000); // a whole program's type check: seconds, more on a busy machine
});
