// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../core/create-consent';
import { testConfig } from '../core/testing/config-fixture';
import type { Consent } from '../core/types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { loadScript } from './load-script';

const SRC = 'https://widget.example/chat.js';
const injected = () => [...document.head.querySelectorAll<HTMLScriptElement>('script')].filter((s) => s.src === SRC);
let consent: Consent;

beforeEach(() => {
  localStorage.clear(); // no config kept: the instance starts once its lazy checker has run
  document.head.replaceChildren();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  consent.destroy();
  vi.restoreAllMocks();
});

describe('loadScript, called as README does: at once after createConsent', () => {
  it('waits for the config check, then loads once the category is granted', async () => {
    consent = createConsent(testConfig(), { store: memoryStore(), outbox: memoryOutbox() });
    expect(consent.config).toBeNull(); // still being checked
    const loading = loadScript(consent, SRC, { category: 'analytics' });
    loading.catch(() => {});
    await consent.ready;
    expect(injected()).toHaveLength(0); // not granted yet
    await consent.set({ analytics: true });
    await vi.waitFor(() => expect(injected()).toHaveLength(1));
    injected()[0]!.dispatchEvent(new Event('load'));
    await expect(loading).resolves.toBe(injected()[0]);
    expect(console.error).not.toHaveBeenCalled();
  });

  it('an unknown category still rejects, saying which, once the config is known', async () => {
    consent = createConsent(testConfig(), { store: memoryStore(), outbox: memoryOutbox() });
    await expect(loadScript(consent, SRC, { category: 'functional' })).rejects.toThrow('no category "functional" in the config');
  });

  it('a config that failed its check rejects, and nothing loads', async () => {
    consent = createConsent({ ...testConfig(), cookie: { lifetimeDays: 'forever' } } as never, { store: memoryStore(), outbox: memoryOutbox() });
    await expect(loadScript(consent, SRC, { category: 'analytics' })).rejects.toThrow('the consent config is invalid');
    expect(injected()).toHaveLength(0);
  });

  it('an instance destroyed before its config was checked rejects as destroyed, not as invalid', async () => {
    consent = createConsent(testConfig(), { store: memoryStore(), outbox: memoryOutbox() });
    const loading = loadScript(consent, SRC, { category: 'analytics' });
    consent.destroy();
    await expect(loading).rejects.toThrow('the consent instance was destroyed before its config was checked');
    expect(injected()).toHaveLength(0);
  });
});
