import { afterEach, describe, expect, test, vi } from 'vitest';
import { configDigest } from '../core/config-digest';
import { DEMO_SITES, demoConfig } from '../ui/testing/demo-configs';
import { checkedMemo } from './checked-memo';
import { prepare } from './check-config';

describe('checkedMemo: a config checked ahead by `consentry check`', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  test.each(DEMO_SITES.map((s) => s.id))('%s: starts from exactly what the checker in the browser gives, with the digest crypto.subtle computes', async (site) => {
    vi.stubGlobal('location', { protocol: 'https:', hostname: 'www.example.ru' });
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // the sites' law warnings, in one line
    const config = demoConfig(site);
    const inBrowser = prepare(demoConfig(site), () => Promise.reject(new Error('no chunks here')));
    expect(inBrowser.memo).toBeDefined();
    expect(await checkedMemo(config, configDigest(config))).toEqual({ memo: inBrowser.memo });
  });

  test('a digest in capitals or with spaces around it is the same digest', async () => {
    const config = demoConfig('shop');
    expect((await checkedMemo(config, ` ${configDigest(config).toUpperCase()}\n`)).memo).toBeDefined();
  });

  test('a config edited since its check gives no memo, and the digest it has now', async () => {
    const config = demoConfig('shop');
    const digest = configDigest(config);
    config.cookie = { ...config.cookie, lifetimeDays: 30 };
    expect(await checkedMemo(config, digest)).toEqual({ actual: configDigest(config) });
    expect((await checkedMemo(config, 'not a digest')).memo).toBeUndefined();
  });

  test('a window.consentryConfig with a value JSON drops (a function) never matches the digest of the valid config it replaced', async () => {
    const config = demoConfig('shop');
    const digest = configDigest(config);
    const edited = { ...config, onRecord: () => {} }; // the checker refuses it: config.onRecord
    expect(await checkedMemo(edited, digest)).toEqual({ actual: '' });
  });

  test('without crypto.subtle (a page that is not https) no digest is computed, and the config is checked as if there were none', async () => {
    vi.stubGlobal('crypto', {});
    const config = demoConfig('shop');
    expect(await checkedMemo(config, configDigest(config))).toEqual({ actual: '' });
  });
});
