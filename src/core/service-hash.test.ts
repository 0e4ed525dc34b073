import { expect, test } from 'vitest';
import { serviceHash } from './service-hash';

test('6 base-36 characters, the same everywhere (a server computes what the browser does)', () => {
  expect(serviceHash('analytics', 'google-analytics')).toMatch(/^[0-9a-z]{6}$/);
  // Fixed values: a change to the hash would ask every visitor who granted a category again.
  expect([serviceHash('analytics', 'google-analytics'), serviceHash('analytics', 'yandex-metrica')]).toEqual(['dzeamx', 'esof40']);
  for (const [category, service] of [['a', 'b'], ['zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', 'z'.repeat(48)], ['analytics', '-']]) expect(serviceHash(category!, service!)).toMatch(/^[0-9a-z]{6}$/);
});

test('the category is part of it: a service moved to another category is another hash', () => {
  expect(serviceHash('analytics', 'stats-tool')).not.toBe(serviceHash('marketing', 'stats-tool'));
  expect(serviceHash('ab', 'c')).not.toBe(serviceHash('a', 'bc'));
});

test('spread like a random value: among 40,000 keys no more collide than chance makes (n²/2m < 1)', () => {
  const seen = new Set<string>();
  let collisions = 0;
  for (const category of ['analytics', 'marketing', 'embeds', 'functional', 'preferences', 'social', 'ads', 'stats']) {
    for (let i = 0; i < 5000; i++) {
      const hash = serviceHash(category, `service-${i}`);
      if (seen.has(hash)) collisions++;
      seen.add(hash);
    }
  }
  expect(collisions).toBeLessThan(4);
});
