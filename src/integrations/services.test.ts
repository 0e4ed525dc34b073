import { describe, expect, it } from 'vitest';
import type { LocalizedText, ServiceConfig } from '../core/types';
import { googleDisclosures } from './google-disclosures';
import { googleServices } from './google-services';
import { yandexDisclosures } from './yandex-disclosures';
import { yandexServices } from './yandex-services';

const texts = (s: ServiceConfig): LocalizedText[] => [s.title, s.provider, s.purpose, ...(s.cookies ?? []).flatMap((c) => [c.lifetime, c.purpose ?? ''])];
const disclosures = () => ({ ...googleDisclosures(), ...yandexDisclosures() });

describe('integration data', () => {
  it('Google declares the cookies GA4 and Google tags set, in the US', () => {
    const all = googleServices({ analytics: true, tagManager: true });
    expect(Object.keys(all)).toEqual(['google-analytics', 'google-tag-manager']);
    expect(all['google-analytics']!.cookies).toEqual(['_ga', '_ga_*', '_gid', '_gat*']);
    expect(all['google-tag-manager']!.cookies).toContain('_gcl_*');
    for (const s of Object.values(all)) expect(s.country).toBe('US');
    for (const s of Object.values(googleDisclosures())) expect(s.provider).toEqual(expect.objectContaining({ en: 'Google LLC' }));
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
    expect(metrica.cookies).toEqual(['_ym_uid', '_ym_d', '_ym_isad', '_ym_*']);
    const withVisor = yandexServices(true);
    expect(Object.keys(withVisor)).toEqual(['yandex-metrica', 'yandex-webvisor']);
    expect(withVisor['yandex-webvisor']!.cookies).toEqual(['_ym_visorc']);
  });

  it('discloses exactly the cookies and country the clean-up knows, for every built-in service', () => {
    const facts = { ...googleServices({ analytics: true, tagManager: true }), ...yandexServices(true) };
    const texts = disclosures();
    expect(Object.keys(texts).sort()).toEqual(Object.keys(facts).sort());
    for (const [key, fact] of Object.entries(facts)) {
      expect((texts[key]!.cookies ?? []).map((c) => c.name), key).toEqual(fact.cookies);
      expect(texts[key]!.country, key).toBe(fact.country);
    }
  });

  it('says everything in English, Russian and Hindi, with every cookie lifetime and purpose', () => {
    for (const service of Object.values(disclosures())) {
      for (const cookie of service.cookies ?? []) expect(cookie.purpose).toBeDefined();
      for (const text of texts(service)) {
        if (typeof text === 'string') expect(text.length).toBeGreaterThan(0);
        else expect(Object.keys(text).sort()).toEqual(['en', 'hi', 'ru']);
      }
    }
  });
});
