import { afterEach, describe, expect, test, vi } from 'vitest';
import { createConsent } from './testing/create-consent';
import type { Environment } from './environment';
import { testConfig } from './testing/config-fixture';
import { fakeEnv } from './testing/fake-env';
import type { ConsentRecord, ConsentryConfig } from './types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';

/** A page with or without Global Privacy Control; records are collected as they are made. */
function page(env: Partial<Environment>, store = memoryStore(), config: ConsentryConfig = testConfig()) {
  const fake = fakeEnv(env);
  const records: ConsentRecord[] = [];
  const consent = createConsent(config, { store, outbox: memoryOutbox(), now: fake.now, env: fake.env, onRecord: (r) => void records.push(r) });
  // Records made during start-up (GPC) are emitted before anyone can listen: read them from onRecord.
  return { consent, store, records, fake };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Global Privacy Control', () => {
  test('acceptAll does not grant marketing under GPC; the record carries gpc:true', () => {
    const { consent, records } = page({ gpc: true });
    expect(consent.state.gpc).toBe(true);
    consent.acceptAll();
    expect(consent.allowed('analytics')).toBe(true);
    expect(consent.allowed('marketing')).toBe(false);
    expect(consent.allowedService('ads-tool')).toBe(false);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ action: 'accept_all', gpc: true, categories: { marketing: false } });
  });

  test('a stored marketing grant is withdrawn at start, with one "gpc" record made in the "signal" layer', async () => {
    const before = page({ gpc: false });
    before.consent.acceptAll();
    const id = before.consent.state.consentId;
    const after = page({ gpc: true }, before.store);
    expect(after.consent.allowed('marketing')).toBe(false);
    expect(after.consent.allowed('analytics')).toBe(true); // other grants stay
    await after.consent.flush();
    expect(after.records).toHaveLength(1);
    expect(after.records[0]).toMatchObject({ action: 'gpc', layer: 'signal', gpc: true, consentId: id, sequence: 2, categories: { marketing: false, analytics: true } });
    // The withdrawal is stored: the next page does not make another record.
    const next = page({ gpc: true }, before.store);
    await next.consent.flush();
    expect(next.records).toEqual([]);
    expect(next.consent.allowed('marketing')).toBe(false);
  });

  test('no stored marketing grant: no gpc record at start', async () => {
    const before = page({ gpc: false });
    before.consent.set({ analytics: true });
    const after = page({ gpc: true }, before.store);
    await after.consent.flush();
    expect(after.records).toEqual([]);
  });

  test('an explicit set({ marketing: true }) overrides GPC and is remembered on later pages', async () => {
    const first = page({ gpc: true });
    first.consent.set({ marketing: true });
    expect(first.consent.allowed('marketing')).toBe(true);
    expect(first.records[0]).toMatchObject({ action: 'custom', gpc: true, categories: { marketing: true } });
    const later = page({ gpc: true }, first.store);
    expect(later.consent.allowed('marketing')).toBe(true);
    await later.consent.flush();
    expect(later.records).toEqual([]);
    // The override survives a later custom change that does not touch marketing.
    later.consent.set({ analytics: true });
    expect(page({ gpc: true }, first.store).consent.allowed('marketing')).toBe(true);
  });

  test('two tabs opening at once under GPC record its refusal once: the second finds it stored when its turn comes', async () => {
    // Web Locks that hand out turns one after another, later: both tabs have started (and seen
    // the grant) before either stores anything.
    let queue = Promise.resolve();
    vi.stubGlobal('navigator', { languages: ['en'], locks: { request: (_: string, fn: () => void) => (queue = queue.then(fn)) } });
    const before = page({ gpc: false });
    before.consent.acceptAll();
    await queue;
    const a = page({ gpc: true }, before.store);
    const b = page({ gpc: true }, before.store);
    await queue;
    await queue;
    expect([...before.records, ...a.records, ...b.records].map((r) => [r.action, r.sequence])).toEqual([['accept_all', 1], ['gpc', 2]]);
    expect(b.consent.allowed('marketing')).toBe(false);
  });

  test('gpc.honour:false: the signal changes nothing, and records still say it was present', () => {
    const config = testConfig({ gpc: { honour: false } });
    const before = page({ gpc: false }, memoryStore(), config);
    before.consent.acceptAll();
    const { consent, records } = page({ gpc: true }, before.store, config);
    expect(consent.allowed('marketing')).toBe(true);
    consent.acceptAll();
    expect(consent.allowed('marketing')).toBe(true);
    expect(records.map((r) => r.action)).toEqual(['accept_all']);
    expect(records[0]!.gpc).toBe(true);
  });

  test('gpc.categories chooses what GPC refuses', () => {
    const config = testConfig({ gpc: { categories: ['analytics', 'marketing'] } });
    const { consent } = page({ gpc: true }, memoryStore(), config);
    consent.acceptAll();
    expect(consent.state.categories).toEqual({ necessary: true, analytics: false, marketing: false });
  });

  test('no marketing category: GPC refuses nothing', () => {
    const config = testConfig();
    delete config.categories.marketing;
    delete config.services!['ads-tool'];
    config.policy.purposes = config.policy.purposes.filter((p) => p.category !== 'marketing');
    const { consent } = page({ gpc: true }, memoryStore(), config);
    consent.acceptAll();
    expect(consent.allowed('analytics')).toBe(true);
  });

  test('without GPC, records carry gpc:false', () => {
    const { consent, records } = page({ gpc: false });
    consent.acceptAll();
    expect(consent.allowed('marketing')).toBe(true);
    expect(records[0]!.gpc).toBe(false);
  });

  test('Do Not Track is not a consent signal (the real environment, DNT on)', () => {
    vi.stubGlobal('navigator', { doNotTrack: '1', languages: ['en'] });
    const consent = createConsent(testConfig(), { store: memoryStore(), outbox: memoryOutbox() });
    consent.acceptAll();
    expect(consent.state.gpc).toBe(false);
    expect(consent.allowed('marketing')).toBe(true);
  });

  test('navigator.globalPrivacyControl is what the real environment reads', () => {
    vi.stubGlobal('navigator', { globalPrivacyControl: true, languages: ['en'] });
    const consent = createConsent(testConfig(), { store: memoryStore(), outbox: memoryOutbox() });
    consent.acceptAll();
    expect(consent.state.gpc).toBe(true);
    expect(consent.allowed('marketing')).toBe(false);
  });
});
