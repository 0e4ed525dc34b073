/** @jsxImportSource react */
import { renderToString } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { TestApp } from './testing/app';
import { serverRenderTests } from '../adapters/testing/server-render';
import { useConsent } from './index';

describe('consentry/react on the server (Node: no document, no window)', () => {
  serverRenderTests((setup) => renderToString(<TestApp {...setup} />));

  test('useConsent() outside the provider says what is missing', () => {
    function Orphan() {
      useConsent();
      return null;
    }
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderToString(<Orphan />)).toThrow('[consentry] useConsent() needs a <ConsentProvider> above it.');
  });
});
