import { describe, expect, it } from 'vitest';
import type { LocalizedText, ServiceConfig } from '../core/types';
import { googleServices } from './google-services';
import { yandexServices } from './yandex-services';

const texts = (s: ServiceConfig): LocalizedText[] => [s.title, s.provider, s.purpose, ...(s.cookies ?? []).flatMap((c) => [c.lifetime, c.purpose ?? ''])];

describe('integration data', () => {
  it('Google declares the cookies GA4 and Google tags set, provider and country', () => {
    const all = googleServices({ analytics: true, tagManager: true });
    expect(Object.keys(all)).toEqual(['google-analytics', 'google-tag-manager']);
    expect(all['google-analytics']!.cookies!.map((c) => c.name)).toEqual(['_ga', '_ga_*', '_gid', '_gat*']);
    expect(all['google-tag-manager']!.cookies!.map((c) => c.name)).toContain('_gcl_*');
    for (const s of Object.values(all)) expect([s.country, s.provider]).toEqual(['US', expect.objectContaining({ en: 'Google LLC' })]);
  });

  it('Google brings only the services it is configured for', () => {
    expect(Object.keys(googleServices({ analytics: true, tagManager: false }))).toEqual(['google-analytics']);
    expect(Object.keys(googleServices({ analytics: false, tagManager: true }))).toEqual(['google-tag-manager']);
  });

  it('Yandex declares _ym_* cookies and _ym* storage, in Russia; Webvisor is its own service only when enabled', () => {
    const plain = yandexServices(false);
    expect(Object.keys(plain)).toEqual(['yandex-metrica']);
    const metrica = plain['yandex-metrica']!;
    expect(metrica.country).toBe('RU');
    expect(metrica.storage).toEqual(['_ym*']);
    expect(metrica.cookies!.map((c) => c.name)).toEqual(['_ym_uid', '_ym_d', '_ym_isad', '_ym_*']);
    const withVisor = yandexServices(true);
    expect(Object.keys(withVisor)).toEqual(['yandex-metrica', 'yandex-webvisor']);
    expect(withVisor['yandex-webvisor']!.cookies!.map((c) => c.name)).toEqual(['_ym_visorc']);
  });

  it('says everything in English, Russian and Hindi, with every cookie lifetime and purpose', () => {
    const services = [...Object.values(googleServices({ analytics: true, tagManager: true })), ...Object.values(yandexServices(true))];
    for (const service of services) {
      for (const cookie of service.cookies ?? []) expect(cookie.purpose).toBeDefined();
      for (const text of texts(service)) {
        if (typeof text === 'string') expect(text.length).toBeGreaterThan(0);
        else expect(Object.keys(text).sort()).toEqual(['en', 'hi', 'ru']);
      }
    }
  });
});
