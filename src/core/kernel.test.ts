import { describe, expect, it, vi } from 'vitest';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { createInstance, type Decisions, type Kernel, type KernelEnv } from './kernel';
import { resolveConfig } from './resolve';
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

describe('a script-tag page (the decisions part fetched on use) looks for queued records', () => {
  /** An instance that has the cookie `raw` (or none), with records waiting in its outbox. */
  function page(raw: string | undefined) {
    const online: Array<() => void> = [];
    const queued = vi.fn(() => true);
    const loadDecisions = vi.fn(() => new Promise<never>(() => {}));
    const env: KernelEnv = {
      gpc: false,
      listen: (event, fn) => (event === 'online' && online.push(fn), () => {}),
      documentLang: () => 'en',
      browserLanguages: () => ['en'],
    };
    createInstance({ env, options: {}, say: () => {}, read: () => raw, queued, loadDecisions }).start(resolveConfig(testConfig()), []);
    return { queued, loadDecisions, online: () => online.forEach((fn) => fn()) };
  }

  it('not on a first visit: only a decision queues records, and a decision leaves the cookie', async () => {
    const { queued, loadDecisions } = page(undefined);
    await Promise.resolve();
    expect(queued).not.toHaveBeenCalled();
    expect(loadDecisions).not.toHaveBeenCalled();
  });

  it('on a page with the cookie (even an unreadable one), fetching the decisions when some wait', async () => {
    const { queued, loadDecisions } = page('2~not-a-choice');
    await Promise.resolve();
    expect(queued).toHaveBeenCalledTimes(1);
    expect(loadDecisions).toHaveBeenCalledTimes(1);
  });

  it('when the browser comes back online, cookie or not', async () => {
    const { queued, loadDecisions, online } = page(undefined);
    online();
    await Promise.resolve();
    expect(queued).toHaveBeenCalledTimes(1);
    expect(loadDecisions).toHaveBeenCalledTimes(1);
  });
});

describe('decisions and listeners meet the instance as it is when they run', () => {
  const env: KernelEnv = { gpc: false, listen: () => () => {}, documentLang: () => 'en', browserLanguages: () => ['en'] };

  it('a decision asked for while the config is checked, which then fails: nothing fetched, nothing thrown', async () => {
    const loadDecisions = vi.fn(() => import('./decisions').then((m) => (kernel: Kernel) => m.decisions(kernel)));
    const instance = createInstance({ env, options: {}, say: () => {}, read: () => undefined, queued: () => false, loadDecisions });
    const accepted = instance.consent.acceptAll();
    instance.fail([{ path: 'config.x', value: '1', expected: 'y' }]);
    await expect(accepted).resolves.toBeUndefined();
    expect(loadDecisions).not.toHaveBeenCalled();
  });

  it('a decision whose part arrives after destroy() stores nothing', async () => {
    let arrive!: (make: (kernel: Kernel) => Decisions) => void;
    const store = memoryStore();
    const instance = createInstance({
      env,
      options: { store, outbox: memoryOutbox() },
      say: () => {},
      read: () => store.read() ?? undefined,
      queued: () => false,
      loadDecisions: () => new Promise((resolve) => (arrive = resolve)),
    });
    instance.start(resolveConfig(testConfig()), []);
    const accepted = instance.consent.acceptAll();
    await Promise.resolve();
    instance.consent.destroy();
    const { decisions } = await import('./decisions');
    arrive((kernel) => decisions(kernel));
    await accepted;
    expect(store.read()).toBeFalsy();
  });

  it('when() runs its callback once, also when looking finds a grant another tab made', async () => {
    const store = memoryStore();
    const consent = createConsent(testConfig(), { store, outbox: memoryOutbox() });
    await createConsent(testConfig(), { store, outbox: memoryOutbox() }).acceptAll();
    const fn = vi.fn();
    consent.when('analytics', fn);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
