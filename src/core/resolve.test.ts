import { describe, expect, it } from 'vitest';
import { DEFAULT_COOKIE_NAME } from './cookie-name';
import { DEFAULT_LIFETIME_DAYS, resolveConfig } from './resolve';
import { testConfig } from './testing/config-fixture';
import { validateConfig } from './validate';

describe('resolveConfig: the cookie', () => {
  it('fills in the defaults of the keys left out', () => {
    const { cookie: _, ...config } = testConfig();
    expect(resolveConfig(config).cookie).toEqual({ name: DEFAULT_COOKIE_NAME, path: '/', lifetimeDays: DEFAULT_LIFETIME_DAYS, sameSite: 'Lax', domain: undefined, secure: undefined });
  });

  it('a key given as undefined (a variable not set) takes its default too, not undefined (a session cookie, a choice never current)', () => {
    const config = { ...testConfig(), cookie: { name: undefined, path: undefined, lifetimeDays: undefined, sameSite: undefined } };
    expect(validateConfig(config).ok).toBe(true); // the checker reads undefined as left out
    expect(resolveConfig(config).cookie).toMatchObject({ name: DEFAULT_COOKIE_NAME, path: '/', lifetimeDays: DEFAULT_LIFETIME_DAYS, sameSite: 'Lax' });
  });

  it('keeps what is given', () => {
    const cookie = { name: 'c', path: '/shop', lifetimeDays: 30, sameSite: 'None' as const, domain: 'example.com', secure: true };
    expect(resolveConfig({ ...testConfig(), cookie }).cookie).toEqual(cookie);
  });
});
