import { describe, expect, it, vi } from 'vitest';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { createConsent } from './testing/create-consent';
import { testConfig } from './testing/config-fixture';
import type { ConsentPlugin } from './types';

describe('the instance reads the consent cookie', () => {
  it('once while its plugins start, however often they look at the state', () => {
    const store = memoryStore();
    const read = vi.spyOn(store, 'read');
    const looking: ConsentPlugin = { name: 'looking', setup: (c) => void [c.state, c.allowed('analytics'), c.allowedService('stats-tool')] };
    createConsent(testConfig(), { store, outbox: memoryOutbox(), plugins: [looking, looking, looking] });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('again afterwards, so a choice made in another tab is seen', async () => {
    const other = memoryStore();
    const tab = createConsent(testConfig(), { store: other, outbox: memoryOutbox() });
    await tab.acceptAll();
    const store = memoryStore(other.read());
    const consent = createConsent(testConfig(), { store, outbox: memoryOutbox() });
    expect(consent.allowed('analytics')).toBe(true);
    store.remove(); // another tab withdrew everything: the cookie is gone
    expect(consent.allowed('analytics')).toBe(false);
  });
});
