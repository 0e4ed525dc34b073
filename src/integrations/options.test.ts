import { describe, expect, it, vi } from 'vitest';
import { issueOf } from '../core/explain';
import { consoleLogger } from '../core/log';
import { reportFindings } from '../gate/report';
import { check } from '../core/spec';
import type { Node } from '../core/spec';
import { googleDefaults } from './google-defaults';
import { GOOGLE_SPEC } from './google-options';
import { yandexDefaults } from './yandex-defaults';
import { YANDEX_METRICA_SPEC } from './yandex-options';

/**
 * Options as the checker reads them (with the config's categories, when given), and each
 * finding in the words `reportFindings` prints: their defaults filled in when nothing is wrong.
 */
function read<T>(spec: Node, defaults: (raw: never) => T, raw: unknown, categories?: string[]) {
  const findings = check(spec, raw, categories && { category: categories });
  return { options: findings.length ? null : defaults(raw as never), issues: findings.map((f) => issueOf(f, raw)) };
}
const readGoogleOptions = (raw: unknown, categories?: string[]) => read(GOOGLE_SPEC, googleDefaults, raw, categories);
const readYandexMetricaOptions = (raw: unknown) => read(YANDEX_METRICA_SPEC, yandexDefaults, raw);

describe('readGoogleOptions', () => {
  it('fills in the defaults', () => {
    expect(readGoogleOptions({ measurementId: 'G-ABC123' })).toEqual({
      issues: [],
      options: expect.objectContaining({ measurementId: 'G-ABC123', containerId: undefined, mode: 'basic', waitForUpdate: 500, scriptUrl: 'https://www.googletagmanager.com' }),
    });
  });

  it('merges signal overrides over the default map and trims a trailing slash off scriptUrl', () => {
    const { options } = readGoogleOptions({ containerId: 'GTM-AB12CD', signals: { functionality_storage: 'necessary' }, scriptUrl: '/stubs/google/' });
    expect(options?.signals.functionality_storage).toBe('necessary');
    expect(options?.signals.ad_storage).toBe('marketing');
    expect(options?.scriptUrl).toBe('/stubs/google');
  });

  it('takes an option given as undefined (a variable not set) as left out, a signal too: it keeps its default category', () => {
    const given = { measurementId: 'G-ABC123', containerId: undefined, mode: undefined, signals: { ad_storage: undefined, analytics_storage: undefined }, waitForUpdate: undefined, scriptUrl: undefined, nonce: undefined };
    expect(readGoogleOptions(given, ['necessary', 'analytics', 'marketing'])).toEqual(readGoogleOptions({ measurementId: 'G-ABC123' }, ['necessary', 'analytics', 'marketing']));
  });

  it.each([
    [{ measurementId: 'x' }, 'measurementId', '"x"', 'a GA4 measurement id like "G-XXXXXXX"'],
    [{ containerId: 'G-ABC123' }, 'containerId', '"G-ABC123"', 'a Tag Manager container id like "GTM-XXXXXX"'],
    [{}, 'measurementId', 'undefined (missing)', 'a GA4 measurement id like "G-XXXXXXX", or a containerId like "GTM-XXXXXX"'],
    [{ measurementId: 'G-ABC123', mode: 'full' }, 'mode', '"full"', 'one of "basic", "advanced"'],
    [{ measurementId: 'G-ABC123', waitForUpdate: -1 }, 'waitForUpdate', '-1', 'a whole number from 0 to 10000'],
    [{ measurementId: 'G-ABC123', scriptUrl: 'javascript:alert(1)' }, 'scriptUrl', '"javascript:alert(1)"', 'an http(s) URL or a path starting with "/" serving gtag/js and gtm.js'],
    [{ measurementId: 'G-ABC123', signals: { ad_storage: 'Marketing' } }, 'signals.ad_storage', '"Marketing"', 'a category key such as "analytics", or "necessary" for always granted'],
    [{ measurementId: 'G-ABC123', signals: { analytics: 'analytics' } }, 'signals.analytics', '"analytics"', expect.stringContaining('no such option')],
    [{ measurementId: 'G-ABC123', trackingId: 'UA-1' }, 'trackingId', '"UA-1"', expect.stringContaining('no such option')],
  ])('%j fails closed at %s', (raw, path, value, expected) => {
    const { options, issues } = readGoogleOptions(raw);
    expect(options).toBeNull();
    expect(issues).toContainEqual({ path, value, expected });
  });

  it('refuses a non-object', () => {
    expect(readGoogleOptions('G-ABC123')).toEqual({ options: null, issues: [{ path: '', value: '"G-ABC123"', expected: 'an object' }] });
  });

  it("with the site's categories, finds overrides naming a category the site does not have", () => {
    const raw = { measurementId: 'G-ABC123', signals: { analytics_storage: 'stats', security_storage: 'necessary' } };
    expect(readGoogleOptions(raw).issues).toEqual([]);
    expect(readGoogleOptions(raw, ['necessary', 'analytics'])).toEqual({
      options: null,
      issues: [{ path: 'signals.analytics_storage', value: '"stats"', expected: '"necessary" or a category of the config: one of "necessary", "analytics"' }],
    });
  });
});

describe('readYandexMetricaOptions', () => {
  it("fills in Yandex's snippet defaults, with Webvisor off", () => {
    expect(readYandexMetricaOptions({ id: 12345678 }).options).toEqual({
      id: 12345678,
      init: { clickmap: true, trackLinks: true, accurateTrackBounce: true },
      webvisor: false,
      scriptUrl: 'https://mc.yandex.ru/metrika/tag.js',
      nonce: undefined,
    });
  });

  it('takes an id written as a string of digits', () => {
    expect(readYandexMetricaOptions({ id: '12345678' }).options?.id).toBe(12345678);
  });

  it.each([
    [{ id: 'abc' }, 'id', '"abc"', 'a Metrica counter id: a whole number from 1, such as 12345678'],
    [{ id: 0 }, 'id', '0', 'a Metrica counter id: a whole number from 1, such as 12345678'],
    [{}, 'id', 'undefined (missing)', 'a Metrica counter id: a whole number from 1, such as 12345678'],
    [{ id: 1, webvisor: 'yes' }, 'webvisor', '"yes"', 'true or false'],
    [{ id: 1, accurateTrackBounce: -5 }, 'accurateTrackBounce', '-5', 'true, false, or a number of milliseconds from 1'],
    [{ id: 1, ecommerce: 'window.x()' }, 'ecommerce', '"window.x()"', 'true, false, or the name of a global array such as "dataLayer"'],
    [{ id: 1, scriptUrl: 'mc.yandex.ru/metrika/tag.js' }, 'scriptUrl', '"mc.yandex.ru/metrika/tag.js"', 'an http(s) URL or a path starting with "/" of tag.js'],
  ])('%j fails closed at %s', (raw, path, value, expected) => {
    const { options, issues } = readYandexMetricaOptions(raw);
    expect(options).toBeNull();
    expect(issues).toContainEqual({ path, value, expected });
  });
});

describe('reportFindings', () => {
  it("speaks the core's style once the words are here: source.path, the value found, what was expected, and what it means", async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const raw = { measurementId: 'x' };
    const told = reportFindings(consoleLogger, 'config.integrations.google', raw, check(GOOGLE_SPEC, raw), 'Google tags will not load.');
    expect(error).not.toHaveBeenCalled(); // the words are a lazy chunk
    await told;
    expect(error).toHaveBeenCalledWith('[consentry] config.integrations.google.measurementId: got "x"; expected a GA4 measurement id like "G-XXXXXXX"\nGoogle tags will not load.');
    error.mockRestore();
  });

  it('says which options are wrong by path and code when the words cannot load', async () => {
    vi.doMock('../core/explain', () => Promise.reject(new Error('offline')));
    vi.resetModules();
    const { reportFindings: offline } = await import('../gate/report');
    const log = { error: vi.fn(), warn: vi.fn() };
    await offline(log, 'google()', { measurementId: 'x' }, check(GOOGLE_SPEC, { measurementId: 'x' }), 'Google tags will not load.');
    expect(log.error.mock.calls).toEqual([['google().measurementId (ga4)\nGoogle tags will not load.']]);
    vi.doUnmock('../core/explain');
    vi.resetModules();
  });
});
