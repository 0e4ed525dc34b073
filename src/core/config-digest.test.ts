import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { configDigest } from './config-digest';
import { VERSION } from './version';

describe('configDigest: what data-config-checked holds', () => {
  const config = { policy: { url: '/privacy' }, language: { default: 'ru' }, note: 'Политика — ✓' };

  test('is the SHA-256 (hex) of the library version and the config as JSON, non-ASCII text included', () => {
    const expected = createHash('sha256').update(`${VERSION}\n${JSON.stringify(config)}`, 'utf8').digest('hex');
    expect(configDigest(config)).toBe(expected);
  });

  test('changes with any edit, and with the order of the keys (the page\'s JSON is hashed as written)', () => {
    const digest = configDigest(config);
    expect(configDigest({ ...config, note: 'Политика — ✗' })).not.toBe(digest);
    expect(configDigest({ language: config.language, policy: config.policy, note: config.note })).not.toBe(digest);
    expect(configDigest(JSON.parse(JSON.stringify(config)))).toBe(digest);
  });
});
