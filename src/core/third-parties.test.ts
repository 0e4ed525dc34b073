import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from './resolved-config';
import { textIn } from '../ui/config-text';
import { BANNER_PACKS } from '../ui/i18n/packs';
import { resolvedDemo } from '../ui/testing/demo-configs';
import { thirdParties } from './third-parties';

function parties(config: ResolvedConfig) {
  const { providers } = BANNER_PACKS.en;
  const text = textIn(config, 'en');
  return thirdParties(config, text, (key) => {
    const own = config.services[key]!.disclosure;
    return own ? text(own.provider) : (providers[key.split('-')[0]!] ?? key);
  }).map((p) => ({ name: p.name, categories: p.categories?.map((c) => c.key), abroad: p.abroad }));
}

describe('third parties', () => {
  it('a company behind services in two categories needs either: both are kept, in the config’s order (the shop’s Yandex)', () => {
    expect(parties(resolvedDemo('shop')).find((p) => p.name === 'Yandex LLC')).toEqual({ name: 'Yandex LLC', categories: ['analytics', 'embeds'], abroad: false });
  });

  it('a company that also receives data in any case has no condition, whichever comes first', () => {
    const always = { name: { ru: 'ООО «Яндекс»', en: 'Yandex LLC' }, country: 'RU', purpose: 'Hosting' };
    expect(parties(resolvedDemo('shop', (c) => (c.policy.recipients = [...c.policy.recipients!, always]))).find((p) => p.name === 'Yandex LLC')!.categories).toBeUndefined();
    const necessary = resolvedDemo('shop', (c) => {
      c.categories.necessary!.services = ['yandex-maps'];
      c.categories.embeds!.services = [];
    });
    expect(parties(necessary).find((p) => p.name === 'Yandex LLC')!.categories).toBeUndefined();
  });

  it('an operator whose country is not stated ("ZZ") has no "abroad": not Russia, nor a known foreign country', () => {
    const config = resolvedDemo('shop', (c) => {
      c.policy.operator.country = 'ZZ';
      c.policy.recipients = [...c.policy.recipients!, { name: 'Hosting GmbH', country: 'DE', purpose: 'Hosting' }];
    });
    expect(parties(config).filter((p) => p.abroad)).toEqual([]);
    // The same recipient is abroad for the shop as it is, in Russia.
    expect(parties(resolvedDemo('shop', (c) => (c.policy.recipients = [...c.policy.recipients!, { name: 'Hosting GmbH', country: 'DE', purpose: 'Hosting' }]))).filter((p) => p.abroad).map((p) => p.name)).toEqual(['Hosting GmbH']);
  });
});
