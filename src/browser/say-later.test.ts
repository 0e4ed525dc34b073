// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import { partLoader } from './part-loader';
import { sayLater } from './say-later';

afterEach(() => {
  document.head.replaceChildren();
  vi.restoreAllMocks();
});

/** What the console printed, each call's arguments joined as the console shows them. */
const lines = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((call) => call.map(String).join(' '));
/** The chunk element the loader put in <head> for `messages` (testing/chunks.ts: digest AAAAAAAA). */
const messagesScript = () => document.head.querySelector<HTMLScriptElement & { consentry?: unknown }>('script[src*="/chunks/messages."]')!;

test('the words arrive: the message in words', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  sayLater(partLoader('https://cdn.example/npm/consentry@1.0.0/dist/consentry.js', undefined))('error', 'notStarted', 'oops');
  (messagesScript().consentry as (parts: unknown) => void)({ messages: { messages: { notStarted: (why: string) => `could not start: ${why}` } } });
  await vi.waitFor(() => expect(lines(error)).toEqual(['[consentry] could not start: oops']));
});

// consentry.js from a CDN's short URL (/npm/consentry, the package's default file): its chunks are
// looked for in /npm/chunks/, which 404s, the messages chunk among them. Before, only
// `[consentry] notStarted …` reached the console, which a developer cannot act on.
test('the words cannot load: the key and the values, with the URL that failed and what to check', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  sayLater(partLoader('https://cdn.example/npm/consentry', undefined))('error', 'notStarted', 'oops');
  expect(messagesScript().src).toBe('https://cdn.example/npm/chunks/messages.AAAAAAAA.js');
  messagesScript().dispatchEvent(new Event('error')); // a 404, a CSP refusal, an integrity failure
  await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(1));
  const [line] = lines(error);
  expect(line).toMatch(/^\[consentry\] notStarted oops /);
  expect(line).toContain('could not load https://cdn.example/npm/chunks/messages.AAAAAAAA.js (blocked, changed since the build, or not found)');
  expect(line).toContain('check ui.chunkBase');
});
