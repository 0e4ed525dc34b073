import { describe, expect, test, vi } from 'vitest';
import { createConsent } from './testing/create-consent';
import { testConfig } from './testing/config-fixture';
import { fakeEnv } from './testing/fake-env';
import type { ChangeEvent } from './types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';

/** Two tabs of one browser: one cookie (a shared store), one clock, separate pages. */
function twoTabs() {
  const store = memoryStore();
  const outbox = memoryOutbox();
  const fake = fakeEnv();
  const open = () => {
    const tab = fakeEnv();
    const consent = createConsent(testConfig(), { store, outbox, now: fake.now, env: tab.env });
    const changes: ChangeEvent[] = [];
    consent.on('change', (e) => changes.push(e));
    return { consent, changes, fire: tab.fire };
  };
  return { a: open(), b: open(), fake, store };
}

describe('a choice made in one tab is seen by the others on their next check', () => {
  test('allowed() in the other tab sees it, with a change event whose action is null', () => {
    const { a, b } = twoTabs();
    a.consent.acceptAll();
    expect(b.changes).toEqual([]); // nothing happens in B until it looks
    expect(b.consent.allowed('analytics')).toBe(true);
    expect(b.changes).toHaveLength(1);
    expect(b.changes[0]).toMatchObject({ action: null, previous: { decided: false }, state: { decided: true, categories: { analytics: true } } });
  });

  test('state in the other tab sees a withdrawal', () => {
    const { a, b } = twoTabs();
    a.consent.acceptAll();
    expect(b.consent.state.categories.marketing).toBe(true);
    a.consent.withdraw();
    expect(b.consent.state.categories.marketing).toBe(false);
    expect(b.changes.map((c) => c.action)).toEqual([null, null]);
  });

  test('focus and visibilitychange make a tab look, so listeners hear at once', () => {
    const { a, b } = twoTabs();
    a.consent.acceptAll();
    b.fire('focus');
    expect(b.changes).toHaveLength(1);
    a.consent.rejectAll();
    b.fire('visibilitychange');
    expect(b.changes).toHaveLength(2);
    expect(b.changes[1]!.state.categories.analytics).toBe(false);
  });

  test('checking again without a new choice emits nothing', () => {
    const { a, b } = twoTabs();
    a.consent.acceptAll();
    b.consent.allowed('analytics');
    b.consent.allowed('analytics');
    void b.consent.state;
    expect(b.changes).toHaveLength(1);
  });

  test('when() in the other tab runs once the grant is seen', () => {
    const { a, b } = twoTabs();
    const fn = vi.fn();
    b.consent.when('analytics', fn);
    a.consent.set({ analytics: true });
    b.fire('focus');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test('a decision in the second tab continues the same consent id and sequence', () => {
    const { a, b } = twoTabs();
    const records: number[] = [];
    a.consent.on('record', (r) => records.push(r.sequence));
    b.consent.on('record', (r) => records.push(r.sequence));
    a.consent.acceptAll();
    b.consent.set({ marketing: false }); // B has not looked yet: it must not start a new consent
    expect(b.consent.state.consentId).toBe(a.consent.state.consentId);
    expect(records).toEqual([1, 2]);
    // B's custom choice built on A's: analytics stays granted.
    expect(a.consent.state.categories).toEqual({ necessary: true, analytics: true, marketing: false });
  });
});

describe('a decision reaches the other open tabs at once, without focus', () => {
  test('a withdrawal in one tab is heard in the other (its listeners, its state) when the first tells it', () => {
    const store = memoryStore();
    const b = fakeEnv();
    const a = fakeEnv({ tellOtherTabs: () => b.fire('decided') });
    const tabA = createConsent(testConfig(), { store, outbox: memoryOutbox(), now: a.now, env: a.env });
    const tabB = createConsent(testConfig(), { store, outbox: memoryOutbox(), now: a.now, env: b.env });
    tabA.acceptAll();
    const heard: Array<boolean | undefined> = [];
    tabB.on('change', (e) => heard.push(e.state.categories.analytics));
    tabA.withdraw();
    expect(heard).toEqual([false]); // nobody read tabB's state: the message made it look
    expect(b.listenerCount('decided')).toBe(1);
    tabB.destroy();
    expect(b.listenerCount('decided')).toBe(0);
  });
});
