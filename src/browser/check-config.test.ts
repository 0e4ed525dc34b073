import { afterEach, describe, expect, test, vi } from 'vitest';
import { russianConfig } from '../core/testing/law-configs';
import { developing } from '../core/developing';
import { prepare } from './check-config';

describe('developing: where a valid config\'s warnings come with their full reasons', () => {
  test.each([
    ['http:', 'localhost', true],
    ['http:', '127.0.0.1', true],
    ['http:', '[::1]', true],
    ['http:', 'arcon.localhost', true],
    ['file:', '', true],
    ['https:', 'www.arcon.ru', false],
    ['https:', 'localhost.example.com', false],
    ['https:', 'shop.test', false],
  ])('%s//%s: %s', (protocol, hostname, expected) => expect(developing({ protocol, hostname })).toBe(expected));
});

describe('a valid config with warnings', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Infomaximum's case: Google Analytics under 152-FZ, and an address the policy does not give. */
  function warnedConfig() {
    const config = russianConfig();
    config.integrations = { google: { measurementId: 'G-TEST000001' } };
    config.categories.analytics!.services = [...config.categories.analytics!.services!, 'google-analytics'];
    config.policy.operator.address = { notStated: true };
    return config;
  }

  test('on a live site: one short line names each warning, and the words (the messages part) are not fetched', () => {
    vi.stubGlobal('location', { protocol: 'https:', hostname: 'www.example.ru' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const load = vi.fn(() => Promise.reject(new Error('not expected')));
    expect(prepare(warnedConfig(), load).memo).toBeDefined();
    expect(load).not.toHaveBeenCalled();
    expect(warn.mock.calls).toEqual([
      [
        '[consentry] the config is valid, with 2 warning(s) from its laws: config.policy.operator.address (notStated: ruAddress), config.categories.analytics.services[1] (ruAbroad: US). Their reasons: on localhost, or validateConfig().',
      ],
    ]);
  });

  test('on localhost: the words are fetched and the full reasons printed; if they cannot come, the short line', async () => {
    vi.stubGlobal('location', { protocol: 'http:', hostname: 'arcon.localhost' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const messages = await import('./parts/messages');
    await prepare(warnedConfig(), vi.fn(() => Promise.resolve(messages)) as never).memo;
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(warn.mock.calls[0]![0]).toMatch(/^\[consentry\] the config is valid, with 2 warning\(s\).*Art\. 18 part 5/s);

    warn.mockClear();
    prepare(warnedConfig(), vi.fn(() => Promise.reject(new Error('offline'))) as never);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(warn.mock.calls[0]![0]).toMatch(/^\[consentry\] the config is valid, with 2 warning\(s\) .*\(ruAbroad: US\)\. Their reasons/);
  });
});
