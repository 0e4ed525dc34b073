import { expect, test, vi } from 'vitest';
import { MAX_COOKIE_LENGTH } from './choice-format';
import { COOKIE_LIMIT } from './cookie-limit';
import { decisions } from './decisions';
import { fitErrors } from './fits';
import { resolveConfig } from './resolve';
import { startConsent } from './start-consent';
import { testConfig } from './testing/config-fixture';
import { fakeEnv } from './testing/fake-env';
import { memoryOutbox, memoryStore } from '../storage/memory-store';

// One limit for the checker and the writer: lowered here, both follow it (each had its own 3000).
vi.mock('./cookie-limit', () => ({ COOKIE_LIMIT: 60 }));

test('the limit the checker and a decision use is the one choices are read back with', async () => {
  const actual = await vi.importActual<typeof import('./cookie-limit')>('./cookie-limit');
  expect(actual.COOKIE_LIMIT).toBe(MAX_COOKIE_LENGTH);
  expect(COOKIE_LIMIT).toBe(60);
});

test('the checker refuses a config past COOKIE_LIMIT', () => {
  expect(fitErrors(testConfig())).toContainEqual(expect.objectContaining({ path: ['categories'], code: 'cookieSize', args: [expect.any(Number), 60] }));
});

test('a decision does not write a choice past COOKIE_LIMIT, and says so with that limit', () => {
  const config = testConfig();
  const store = memoryStore();
  const fake = fakeEnv();
  const consent = startConsent(config, { store, outbox: memoryOutbox(), now: fake.now, env: fake.env }, { decisions: (kernel) => decisions(kernel) }, (_, starter) =>
    starter.kept({ config: resolveConfig(config, {}), warnings: [] }),
  );
  consent.rejectAll();
  expect(store.value).toBeUndefined();
  expect(fake.warnings.join('\n')).toMatch(/could not be stored \(\d+ characters, over 60\)/);
});
