// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createConsent } from '../index';
import { testConfig } from '../core/testing/config-fixture';
import { mountUi } from './index';

describe('consentry/ui on a server', () => {
  it('imports and mounts without a document: a handle that does nothing', () => {
    expect(typeof document).toBe('undefined');
    const handle = mountUi(createConsent(testConfig()));
    expect(() => {
      handle.open('preferences');
      handle.destroy();
    }).not.toThrow();
  });
});
