import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('./message-words');
  vi.resetModules();
});

const logger = () => {
  const lines: string[] = [];
  return { lines, log: { warn: (m: string) => void lines.push(`warn ${m}`), error: (m: string) => void lines.push(`error ${m}`) } };
};

test('sayThrough prints once the words are here, in the order said', async () => {
  const { sayThrough } = await import('./messages');
  const { lines, log } = logger();
  const say = sayThrough(log);
  say('warn', 'noUi');
  say('error', 'threw', 'listener', 'Error: boom', 'change');
  say('warn', 'setLocale', 'de', ['en', 'ru']);
  expect(lines).toEqual([]); // the words are a lazy chunk
  await vi.waitFor(() => expect(lines).toHaveLength(3));
  expect(lines).toEqual([
    'warn showPreferences(): no UI is attached to this instance.',
    'error a "change" listener threw: Error: boom',
    'warn setLocale(): "de" is not offered; expected one of "en", "ru".',
  ]);
});

test('when the words cannot be fetched, the key and the values still reach the console', async () => {
  vi.doMock('./message-words', () => {
    throw new Error('offline');
  });
  const { sayThrough } = await import('./messages');
  const { lines, log } = logger();
  sayThrough(log)('error', 'decisionsUnloaded', 'TypeError: Failed to fetch');
  await vi.waitFor(() => expect(lines).toEqual(['error decisionsUnloaded TypeError: Failed to fetch']));
});
