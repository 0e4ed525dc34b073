// @vitest-environment jsdom
/** @jsxImportSource react */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test, vi } from 'vitest';
import { expectTyposWarnedOnce } from '../adapters/testing/typo-warnings';
import { testConfig } from '../core/testing/config-fixture';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import type { UseConsent } from './index';
import { ConsentProvider, useConsent } from './index';

vi.mock('../ui/index', () => ({ mountUi: () => ({ open() {}, destroy() {} }) }));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

test("useConsent()'s allowed('analytic') and allowedService('stats-tol') (typos) say so on the console, once per name, after the instance has started", async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error');
  let latest: UseConsent | undefined;
  const answers: boolean[][] = [];
  function Probe() {
    latest = useConsent();
    answers.push([latest.allowed('analytic'), latest.allowedService('stats-tol'), latest.allowed('analytics'), latest.allowedService('stats-tool')]);
    return null;
  }
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  await act(async () => {
    root.render(
      <ConsentProvider config={testConfig()} options={{ store: memoryStore(), outbox: memoryOutbox() }} ui={false}>
        <Probe />
      </ConsentProvider>,
    );
  });
  await act(() => latest!.acceptAll()); // renders again: the names are asked again
  await expectTyposWarnedOnce(warn);
  expect(answers.at(-1)).toEqual([false, false, true, true]); // the render's state answers
  expect(error).not.toHaveBeenCalled(); // no update while rendering
  act(() => root.unmount());
});
