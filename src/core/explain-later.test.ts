import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Finding } from './spec';
import type { ConfigIssue } from './types';

const log = () => ({ error: vi.fn<(m: string) => void>(), warn: vi.fn<(m: string) => void>() });
const findings: Finding[] = [{ path: ['cookie', 'lifetimeDays'], code: 'int', args: [1, 395] }];
const config = { cookie: { lifetimeDays: 400 } };

describe('explainLater: the checker\'s findings in words, once their chunk is here', () => {
  afterEach(() => {
    vi.doUnmock('./explain');
    vi.resetModules();
  });

  test('an error: the issues fill in, then one console error says each in words', async () => {
    const { explainLater } = await import('./explain-later');
    const into: ConfigIssue[] = [];
    const out = log();
    const told = explainLater(out, 'error', findings, config, into);
    expect([into, out.error.mock.calls]).toEqual([[], []]); // nothing before the words arrive
    await told;
    expect(into).toEqual([{ path: 'cookie.lifetimeDays', value: '400', expected: 'a whole number from 1 to 395' }]);
    expect(out.error.mock.calls).toEqual([[expect.stringMatching(/^invalid config, so nothing optional will run \(failing closed\)\. 1 problem\(s\):\n {2}config\.cookie\.lifetimeDays: got 400; expected a whole number from 1 to 395$/)]]);
    expect(out.warn).not.toHaveBeenCalled();
  });

  test('warnings: one console warning', async () => {
    const { explainLater } = await import('./explain-later');
    const out = log();
    await explainLater(out, 'warn', [{ path: ['policy', 'operator', 'address'], code: 'notStated', args: ['ruAddress'], warn: true }], { policy: { operator: { address: { notStated: true } } } });
    expect(out.warn.mock.calls).toEqual([[expect.stringMatching(/^the config is valid, with 1 warning\(s\) from its laws, its texts or its integrations .*\n {2}config\.policy\.operator\.address: got \{"notStated":true\}; expected the operator's address/s)]]);
  });

  test('the words cannot load (offline, the chunk gone): the paths and codes still say what is wrong', async () => {
    vi.doMock('./explain', () => Promise.reject(new Error('offline')));
    const { explainLater } = await import('./explain-later');
    const into: ConfigIssue[] = [];
    const out = log();
    await explainLater(out, 'error', findings, config, into);
    expect(into).toEqual([{ path: 'cookie.lifetimeDays', value: 'n/a', expected: 'int: 1: 395' }]);
    expect(out.error.mock.calls).toEqual([['invalid config, so nothing optional will run (failing closed): config.cookie.lifetimeDays (int: 1: 395)']]);
  });

  test('a config that throws as it is read again still gets its line, never an unhandled rejection', async () => {
    const { explainLater } = await import('./explain-later');
    const hostile = { get cookie(): never { throw new Error('no'); } };
    const out = log();
    await expect(explainLater(out, 'error', findings, hostile)).resolves.toBeUndefined();
    expect(out.error.mock.calls).toEqual([['invalid config, so nothing optional will run (failing closed): config.cookie.lifetimeDays (int: 1: 395)']]);
  });
});
