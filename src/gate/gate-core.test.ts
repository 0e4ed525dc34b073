// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInstance, type KernelEnv } from '../core/kernel';
import { sayThrough } from '../core/messages';
import { resolveConfig } from '../core/resolve';
import { createConsent } from '../core/testing/create-consent';
import { testConfig } from '../core/testing/config-fixture';
import type { Consent } from '../core/types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import * as cleanupModule from './cleanup';
import { gateCore } from './gate-core';
import { gatingDefaults } from './gating-defaults';

// The clean-up is a part of its own: fetched when a grant is made on this page (so a later
// withdrawal erases at once), never for a refusal and never just because a page starts.
let consent: Consent | undefined;
afterEach(() => consent?.destroy());

function start(cookie?: string) {
  const cleanup = vi.fn(() => cleanupModule);
  const store = memoryStore(cookie);
  consent = createConsent(testConfig(), { store, outbox: memoryOutbox(), plugins: [gateCore({ options: gatingDefaults(), embeds: vi.fn(), cleanup, window, say: sayThrough({ error() {}, warn() {} }) })] });
  return { cleanup, store };
}

describe('gateCore: when the clean-up part is fetched', () => {
  it('not on a first visit that refuses everything', async () => {
    const { cleanup } = start();
    await consent!.rejectAll();
    expect(cleanup).not.toHaveBeenCalled();
  });

  it('as soon as something optional is granted on this page', async () => {
    const { cleanup } = start();
    await consent!.set({ analytics: true });
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('not when a returning visit starts with a grant', async () => {
    const first = start();
    await consent!.acceptAll();
    consent!.destroy();
    const { cleanup } = start(first.store.value);
    expect(consent!.state.categories.analytics).toBe(true);
    expect(cleanup).not.toHaveBeenCalled();
  });
});

describe('gateCore: the start-up clean-up check', () => {
  it('reads no cookie jar and no localStorage for a visitor with no stored choice (a first read is dear)', () => {
    const storage = vi.spyOn(window, 'localStorage', 'get');
    const cookies = vi.spyOn(Document.prototype, 'cookie', 'get');
    start();
    expect(storage).not.toHaveBeenCalled();
    expect(cookies).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});

describe('gateCore: nodes a page adds later', () => {
  it('reads the stored choice only when an added node is a blocked element', async () => {
    const { store } = start();
    // The decision tells every tab, this page's own instance too, which re-reads the cookie when
    // the message comes: that read is not the gate's, so wait for it (a listener of our own hears
    // the same message; a timer alone lost that race on a busy machine).
    const channel = new BroadcastChannel('consentry');
    const told = new Promise((done) => (channel.onmessage = done));
    await consent!.acceptAll();
    const settle = () => new Promise((done) => setTimeout(done, 0)); // MutationObserver callbacks have run
    await told;
    channel.close();
    await settle();
    const read = vi.spyOn(store, 'read');
    document.body.append(document.createElement('div'), document.createElement('p'));
    await settle();
    expect(read).not.toHaveBeenCalled();
    const blocked = document.createElement('script');
    blocked.type = 'text/plain';
    blocked.setAttribute('data-category', 'analytics');
    blocked.text = 'window.__ranLater = true';
    document.body.append(blocked, document.createElement('div'));
    await settle();
    expect(read).toHaveBeenCalled(); // for the batch, and again as the script runs (the choice may have changed)
    expect(document.querySelector('script[type="text/plain"]')).toBeNull(); // it ran, as a real script
  });
});

describe('gateCore: a start while the page is still loading', () => {
  // A returning visitor's start can be async and land while the parser is inside an inline
  // blocked script: run then, it would run with part of its text and the rest never.
  it('activates the scripts the parser has finished, and the last one at DOMContentLoaded', async () => {
    const first = start();
    await consent!.acceptAll();
    consent!.destroy();
    document.body.innerHTML = '<script type="text/plain" data-category="analytics" id="done">1</script><p></p><script type="text/plain" data-category="analytics" id="open">2</script>';
    const types = () => Array.from(document.querySelectorAll('script')).map((s) => `${s.id}:${s.getAttribute('type') ?? 'js'}`);
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    try {
      start(first.store.value);
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
    expect(types()).toEqual(['done:js', 'open:text/plain']);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(types()).toEqual(['done:js', 'open:js']);
  });
});

describe('gateCore: a start from a script tag\'s plan', () => {
  it('blanks a frame the plan loaded when the cookie read at start says another tab withdrew', async () => {
    // The plan's state: marketing granted. The cookie now: everything refused, written by another tab.
    const granted = start();
    await consent!.acceptAll();
    const applied = consent!.state;
    await consent!.rejectAll();
    const refused = granted.store.value;
    consent!.destroy();
    consent = undefined;
    document.body.innerHTML = '<iframe data-category="marketing" data-service="ads-tool" data-src="https://ads.example/frame" src="https://ads.example/frame"></iframe>';
    const frame = document.querySelector('iframe')!;
    const env: KernelEnv = { gpc: false, listen: () => () => {}, documentLang: () => 'en', browserLanguages: () => ['en'] };
    const instance = createInstance({ env, options: {}, say: () => {}, read: () => refused, queued: () => false, loadDecisions: () => new Promise<never>(() => {}) });
    const gate = gateCore({ options: gatingDefaults(), embeds: () => new Promise<never>(() => {}), cleanup: () => cleanupModule, window, say: sayThrough({ error() {}, warn() {} }), applied: true });
    instance.start(resolveConfig(testConfig()), [gate], applied);
    await Promise.resolve();
    expect(instance.consent.allowed('marketing')).toBe(false);
    expect(frame.getAttribute('src')).toBe('about:blank');
    instance.consent.destroy();
  });
});
