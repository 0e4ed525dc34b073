import { describe, expect, it, vi } from 'vitest';
import { testConfig } from '../core/testing/config-fixture';
import { pluginsFromConfig } from './plugins';

describe('pluginsFromConfig', () => {
  it('builds one plugin per configured integration, then the gate (last, so clean-up follows their updates)', () => {
    const plugins = pluginsFromConfig(testConfig({ integrations: { yandexMetrica: { id: 1, webvisor: true }, google: { measurementId: 'G-ABC123' } } }));
    expect(plugins.map((p) => p.name)).toEqual(['yandex-metrica', 'google', 'gate']);
    expect(Object.keys(Object.assign({}, ...plugins.map((p) => p.services ?? {})))).toEqual(['yandex-metrica', 'yandex-webvisor', 'google-analytics']);
  });

  it('is the gate alone without integrations', () => {
    expect(pluginsFromConfig(testConfig()).map((p) => p.name)).toEqual(['gate']);
  });

  it('names an unknown integration and ignores it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(pluginsFromConfig(testConfig({ integrations: { matomo: { id: 1 } } })).map((p) => p.name)).toEqual(['gate']);
    expect(error).toHaveBeenCalledWith('[consentry] config.integrations.matomo: got {"id":1}; expected an integration: one of "google", "yandexMetrica"\n"matomo" is ignored.');
  });
});
