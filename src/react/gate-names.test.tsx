// @vitest-environment jsdom
/** @jsxImportSource react */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test, vi } from 'vitest';
import { testConfig } from '../core/testing/config-fixture';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { ConsentGate, ConsentProvider } from './index';

vi.mock('../ui/index', () => ({ mountUi: () => ({ open() {}, destroy() {} }) }));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

test('<ConsentGate category="analytic"> (a typo) says on the console that it never opens, once', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  await act(async () => {
    root.render(
      <ConsentProvider config={testConfig()} options={{ store: memoryStore(), outbox: memoryOutbox() }} ui={false}>
        <ConsentGate category="analytic" fallback="off">on</ConsentGate>
      </ConsentProvider>,
    );
  });
  await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('<ConsentGate category="analytic"> never opens')));
  expect(warn).toHaveBeenCalledTimes(1);
  act(() => root.unmount());
});
