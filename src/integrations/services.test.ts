import { describe, expect, it } from 'vitest';
import { services as en } from './disclosures-en';
import { services as hi } from './disclosures-hi';
import { services as ru } from './disclosures-ru';
import { googleServices } from './google-services';
import { yandexServices } from './yandex-services';

const GA = 'G-ABC123';
const GTM = 'GTM-ABC123';

describe('integration data', () => {
  it('Google declares the cookies GA4 and Google tags set, in the US', () => {
    const all = googleServices({ measurementId: GA, containerId: GTM });
    expect(Object.keys(all)).toEqual(['google-analytics', 'google-tag-manager']);
    // GA4's own two (support.google.com/analytics/answer/11397207). Not the Google Ads ones: those
    // follow ad_storage (marketing), and a refused Analytics would erase an allowed container's.
    expect(all['google-analytics']!.cookies).toEqual(['_ga', '_ga_*']);
    // A container's Google tags: GA4, Google Ads, the conversion linker, Floodlight.
    expect(googleServices({ containerId: GTM })['google-tag-manager']!.cookies).toEqual(['_ga', '_ga_*', '_gcl_*', '_gac_gb_*']);
    for (const s of Object.values(all)) expect(s.country).toBe('US');
  });

  it("gives GA4's cookies to Analytics alone when it is configured: analytics_storage follows its category, not the container's", () => {
    // Its GA4 tags write _ga only while analytics_storage is granted, so a refused Analytics' _ga
    // goes though the container is allowed (spared, it kept the visitor's id past their withdrawal).
    expect(googleServices({ measurementId: GA, containerId: GTM })['google-tag-manager']!.cookies).toEqual(['_gcl_*', '_gac_gb_*']);
    // Unless the site maps analytics_storage itself (to the container's category, say): then the
    // container's tags may write them, and erasing them on each page would count a new visitor each time.
    expect(googleServices({ measurementId: GA, containerId: GTM, signals: { analytics_storage: 'marketing' } })['google-tag-manager']!.cookies).toEqual(['_ga', '_ga_*', '_gcl_*', '_gac_gb_*']);
    expect(googleServices({ measurementId: GA, containerId: GTM, signals: { analytics_storage: undefined } })['google-tag-manager']!.cookies).toEqual(['_gcl_*', '_gac_gb_*']);
  });

  it('Google brings only the services it is configured for, whatever its options are', () => {
    expect(Object.keys(googleServices({ measurementId: GA }))).toEqual(['google-analytics']);
    expect(Object.keys(googleServices({ containerId: GTM }))).toEqual(['google-tag-manager']);
    for (const wrong of [undefined, null, 'G-ABC123', [], { containerId: GTM, signals: null }]) expect(() => googleServices(wrong), String(wrong)).not.toThrow();
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
    // Each service with every cookie it may list: Tag Manager's GA4 ones are said though the clean-up leaves them to Analytics beside it.
    const facts = { ...googleServices({ measurementId: GA }), ...googleServices({ containerId: GTM }), ...yandexServices(true) };
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
