// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
/** @jsxImportSource react */
import { act, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test, vi } from 'vitest';
import { storedChoice } from '../adapters/testing/choices';
import { createConsent } from '../core/create-consent';
import { testConfig } from '../core/testing/config-fixture';
import { google } from '../integrations/google';
import { memoryOutbox } from '../storage/memory-store';
import { ConsentGate, ConsentProvider } from './index';

vi.mock('../ui/index', () => ({ mountUi: () => ({ open() {}, destroy() {} }) }));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function config() {
  const c = testConfig();
  c.categories.analytics!.services = ['google-analytics'];
  return c;
}

test('StrictMode mounts, unmounts and mounts again: a returning visitor granted Google Analytics gets gtag.js once, one page view', async () => {
  // A returning visitor: the config kept as checked (the instance starts at once, plugins too), analytics granted.
  const earlier = createConsent(config(), { outbox: memoryOutbox(), plugins: [google({ measurementId: 'G-TEST' })] });
  await earlier.ready;
  await vi.waitFor(() => expect(localStorage.getItem('consentry.configs')).not.toBeNull());
  earlier.destroy();
  document.head.innerHTML = '';
  (window as { dataLayer?: unknown[] }).dataLayer = [];
  document.cookie = `consentry=${storedChoice({ analytics: true, marketing: true })}; path=/`;

  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <StrictMode>
        <ConsentProvider config={config()} options={{ outbox: memoryOutbox(), plugins: [google({ measurementId: 'G-TEST' })] }} ui={false}>
          <ConsentGate category="analytics" fallback="off">on</ConsentGate>
        </ConsentProvider>
      </StrictMode>,
    );
  });
  const scripts = [...document.head.querySelectorAll('script')].filter((s) => s.src.includes('gtag/js'));
  const configs = ((window as { dataLayer?: IArguments[] }).dataLayer ?? []).filter((a) => a[0] === 'config');
  expect(container.textContent).toBe('on');
  expect(scripts).toHaveLength(1);
  expect(configs).toHaveLength(1);
  act(() => root.unmount());
  await Promise.resolve();
});
