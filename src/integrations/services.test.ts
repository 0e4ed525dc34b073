import { describe, expect, it } from 'vitest';
import { services as en } from './disclosures-en';
import { services as hi } from './disclosures-hi';
import { services as ru } from './disclosures-ru';
import { googleServices } from './google-services';
import { yandexServices } from './yandex-services';

describe('integration data', () => {
  it('Google declares the cookies GA4 and Google tags set, in the US', () => {
    const all = googleServices({ analytics: true, tagManager: true });
    expect(Object.keys(all)).toEqual(['google-analytics', 'google-tag-manager']);
    // GA4's own two (support.google.com/analytics/answer/11397207). Not the Google Ads ones: those
    // follow ad_storage (marketing), and a refused Analytics would erase an allowed container's.
    expect(all['google-analytics']!.cookies).toEqual(['_ga', '_ga_*']);
    // A container's Google tags: GA4, Google Ads, the conversion linker, Floodlight.
    expect(all['google-tag-manager']!.cookies).toEqual(['_ga', '_ga_*', '_gcl_*', '_gac_gb_*']);
    for (const s of Object.values(all)) expect(s.country).toBe('US');
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

  it('each language discloses exactly the services and cookies the clean-up knows, each cookie with a lifetime and a purpose', () => {
    const facts = { ...googleServices({ analytics: true, tagManager: true }), ...yandexServices(true) };
    for (const [lang, texts] of Object.entries({ en, ru, hi })) {
      expect(Object.keys(texts).sort(), lang).toEqual(Object.keys(facts).sort());
      for (const [key, fact] of Object.entries(facts)) {
        const said = texts[key]!;
        expect(said.cookies.map((c) => c[0]), `${lang} ${key}`).toEqual(fact.cookies);
        for (const text of [said.title, said.purpose, ...said.cookies.flatMap((c) => [c[1], c[2]])]) expect(text.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });
});
