import { expect, test } from 'vitest';
import { createConsent } from './create-consent';
import { testConfig } from './testing/config-fixture';
import { fakeEnv } from './testing/fake-env';
import { memoryOutbox, memoryStore } from '../storage/memory-store';

// The public createConsent fetches what decisions need on first use (a lazy chunk for a site's bundler).
test('a decision settles once the decisions part has arrived: then the state and the record say so', async () => {
  const fake = fakeEnv();
  const records: string[] = [];
  const store = memoryStore();
  const consent = createConsent(testConfig(), { store, outbox: memoryOutbox(), env: fake.env, now: fake.now, onRecord: (r) => void records.push(r.action) });
  const decided = consent.acceptAll({ layer: 'banner' });
  expect(consent.allowed('analytics')).toBe(false); // not yet: the part is on its way
  await decided;
  expect(consent.allowed('analytics')).toBe(true);
  expect(store.value).toMatch(/^2~/);
  expect(records).toEqual(['accept_all']);
  await consent.withdraw(); // the second decision finds the part here
  expect(consent.allowed('analytics')).toBe(false);
});

test('no decision, nothing queued: the decisions part is never fetched, and nothing is written', async () => {
  const store = memoryStore();
  const consent = createConsent(testConfig(), { store, outbox: memoryOutbox(), env: fakeEnv().env });
  await consent.flush();
  expect(consent.state.decided).toBe(false);
  expect(store.value).toBeUndefined();
});
