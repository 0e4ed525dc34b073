// The law packs through a real instance: what a law asks of the record and of the state.
import { createHash } from 'node:crypto';
import { describe, expect, test, vi } from 'vitest';
import { checkedConfig } from './checked-config';
import { consentDocument } from './consent-document';
import { wordsFor } from './consent-document/all-words';
import { consentTextId } from './consent-document/text-id';
import { createConsent as createPublicConsent } from './create-consent';
import { decisions } from './decisions';
import type { ResolvedConfig } from './resolved-config';
import { startConsent } from './start-consent';
import { createConsent } from './testing/create-consent';
import { testConfig } from './testing/config-fixture';
import { fakeEnv, settle } from './testing/fake-env';
import { optOutConfig, russianConfig } from './testing/law-configs';
import type { ConsentRecord, ConsentryConfig } from './types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';

function page(config: ConsentryConfig, env = {}, store = memoryStore()) {
  const fake = fakeEnv(env);
  const records: ConsentRecord[] = [];
  // Delivered records too: a GPC opt-out is recorded while the instance starts, before any listener.
  const delivered: ConsentRecord[] = [];
  const consent = createConsent(config, { store, outbox: memoryOutbox(), now: fake.now, env: fake.env, onRecord: (r) => void delivered.push(r) });
  consent.on('record', (r) => records.push(r));
  return { consent, records, fake, store, delivered: async () => (await settle(), delivered) };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A 152-FZ page through the public createConsent (decisions and the document fetched on first use), or with `decisions` given. */
function russianPage(parts?: Parameters<typeof startConsent>[2]) {
  const fake = fakeEnv();
  const options = { store: memoryStore(), outbox: memoryOutbox(), now: fake.now, env: fake.env };
  const consent = parts ? startConsent(russianConfig(), options, parts, (_, starter) => void starter.check(checkedConfig)) : createPublicConsent(russianConfig(), options);
  const records: ConsentRecord[] = [];
  consent.on('record', (r) => records.push(r));
  return { consent, records, fake, store: options.store };
}

describe('warnings', () => {
  test('a config valid with warnings starts: its laws\' warnings are told once, and decisions work', async () => {
    const config = russianConfig();
    config.categories.analytics!.services = [...config.categories.analytics!.services!, 'google-analytics'];
    const fake = fakeEnv();
    const consent = createConsent(config, { store: memoryStore(), outbox: memoryOutbox(), now: fake.now, env: fake.env, plugins: [{ name: 'ga', services: { 'google-analytics': { country: 'US' } }, setup() {} }] });
    expect([consent.ok, consent.issues]).toEqual([true, []]);
    await vi.dynamicImportSettled(); // the warnings' words
    expect(fake.errors).toEqual([]);
    expect(fake.warnings).toEqual([expect.stringMatching(/^the config is valid, with 1 warning\(s\).*\n {2}config\.categories\.analytics\.services\[1\]: got "google-analytics"; .*Art\. 18 part 5/s)]);
    consent.acceptAll();
    expect(consent.allowedService('google-analytics')).toBe(true);
  });
});

describe('152-FZ: every record names the consent text agreed to', () => {
  test('consentText is the SHA-256 of consentDocument()\'s text in the record\'s locale', () => {
    const config = russianConfig();
    const { consent, records } = page(config);
    consent.acceptAll({ layer: 'banner' });
    consent.setLocale('en');
    consent.withdraw();
    expect(records.map((r) => [r.locale, r.consentText])).toEqual([
      ['ru', sha256(consentDocument(config, { lang: 'ru' }))],
      ['en', sha256(consentDocument(config, { lang: 'en' }))],
    ]);
    expect(records[0]!.consentText).not.toBe(records[1]!.consentText);
  });

  test('in a language offered that the widget has no texts in: the English text, shown and recorded, is what consentDocument() gives for it', () => {
    const config = russianConfig();
    config.language = { default: 'ru', available: ['ru', 'en', 'fr'] };
    const { consent, records } = page(config);
    consent.setLocale('fr');
    consent.acceptAll({ layer: 'banner' });
    // Before, "fr" and its own document: English words with the operator's Russian name, which no visitor read.
    expect(consentDocument(config, { lang: 'fr' })).toBe(consentDocument(config, { lang: 'en' }));
    expect(records.map((r) => [r.locale, r.consentText])).toEqual([['en', sha256(consentDocument(config, { lang: 'fr' }))]]);
  });

  test('shown in English where the language asked for has only some texts (and English is not offered): the record names English and the English text, which consentDocument() gives for "en"', () => {
    const config = russianConfig();
    config.language = { default: 'ru', available: ['ru', 'de'], force: 'de' };
    config.ui = { texts: { de: { acceptAll: 'Alle akzeptieren' } } };
    const { consent, records } = page(config);
    // The widget's banner, drawn in English: it says so.
    consent.acceptAll({ layer: 'banner', locale: 'en' });
    // A record made before the widget said so (or by the page): "de", and the text under that tag, which stays verifiable.
    consent.acceptAll({ layer: 'api' });
    const english = consentDocument(config, { lang: 'en' });
    // Before, the default's (Russian) for a language not offered: a record's "en" could not be checked.
    expect(english).not.toBe(consentDocument(config, { lang: 'ru' }));
    expect(english.split('\n')[0]).toBe('Consent to the processing of personal data');
    expect(records.map((r) => [r.locale, r.consentText])).toEqual([
      ['en', sha256(english)],
      ['de', sha256(consentDocument(config, { lang: 'de' }))],
    ]);
  });

  test('the public createConsent fetches the document\'s code with its decisions only for such a site, and its records carry the hash', async () => {
    const { consent, records } = russianPage();
    await consent.acceptAll();
    expect(records.map((r) => r.consentText)).toEqual([sha256(consentDocument(russianConfig(), { lang: 'ru' }))]);
    expect(consent.config!.consentDocument).toBe(true);
    const gdpr = createPublicConsent(testConfig(), { store: memoryStore(), outbox: memoryOutbox(), env: fakeEnv().env });
    expect(await gdpr.ready).toBe(true);
    expect(gdpr.config!.consentDocument).toBe(false);
  });

  test('a changed consent text gives another id; a GDPR site\'s records carry none', () => {
    const changed = russianConfig();
    changed.policy.consentTerm = { ru: '1 год', en: '1 year' };
    const a = page(russianConfig());
    const b = page(changed);
    a.consent.acceptAll();
    b.consent.acceptAll();
    expect(a.records[0]!.consentText).toMatch(/^[0-9a-f]{64}$/);
    expect(b.records[0]!.consentText).not.toBe(a.records[0]!.consentText);
    const gdpr = page(testConfig());
    gdpr.consent.acceptAll();
    expect('consentText' in gdpr.records[0]!).toBe(false);
  });

  // README (Russia): the hash follows the text, the question follows policy.revision.
  test('a changed consent text asks nobody again by itself; with policy.revision bumped it asks, and grants nothing until then', () => {
    const store = memoryStore();
    page(russianConfig(), {}, store).consent.acceptAll();
    const changed = russianConfig();
    changed.policy.consentTerm = { ru: '1 год', en: '1 year' };
    expect(page(changed, {}, store).consent.state.decided).toBe(true);
    changed.policy.revision = `${changed.policy.revision}-2`;
    const { state } = page(changed, {}, store).consent;
    expect(state.decided).toBe(false);
    expect(Object.entries(state.categories).filter(([, on]) => on)).toEqual([['necessary', true]]);
  });
});

describe('DPDP', () => {
  test('"I am under the age": everything optional refused, recorded as under_age', () => {
    const { consent, records } = page(testConfig());
    consent.acceptAll();
    consent.rejectAll({ layer: 'banner', underAge: true });
    expect(Object.values(consent.state.categories)).toEqual([true, false, false]);
    expect(records.map((r) => [r.action, r.layer])).toEqual([['accept_all', 'api'], ['under_age', 'banner']]);
  });

  test('a Consent Manager\'s reference is recorded when the choice comes through one; a malformed one is left out and told', () => {
    const { consent, records, fake } = page(testConfig());
    consent.acceptAll({ consentManager: 'cm.example.in:artefact/42' });
    consent.rejectAll({ consentManager: 'not a reference <script>' });
    consent.withdraw();
    expect(records.map((r) => r.consentManager)).toEqual(['cm.example.in:artefact/42', undefined, undefined]);
    expect(fake.warnings).toEqual([expect.stringContaining('consentManager: got "not a reference <script>"')]);
  });

  test('childDirected: every optional category is gone, even one with no services; Accept all grants nothing', () => {
    const config = testConfig();
    config.policy.childDirected = true;
    config.categories.preferences = { title: 'Preferences', description: 'Remembers your theme.' };
    const { consent } = page(config);
    consent.acceptAll();
    expect(consent.state.categories).toEqual({ necessary: true });
    expect([consent.allowed('preferences'), consent.allowedService('stats-tool')]).toEqual([false, false]);
  });
});

describe('US opt-out (laws: ["ccpa"] only)', () => {
  test('optional categories run before any choice; the visitor has not decided', () => {
    const { consent, records } = page(optOutConfig());
    expect(consent.state).toMatchObject({ decided: false, categories: { necessary: true, analytics: true, marketing: true } });
    expect(consent.allowedService('stats-tool')).toBe(true);
    expect(records).toEqual([]);
  });

  test('opting out of one category keeps the others; opting out of all stops everything', () => {
    const { consent, records } = page(optOutConfig());
    consent.set({ marketing: false }, { layer: 'preferences' });
    expect(consent.state.categories).toEqual({ necessary: true, analytics: true, marketing: false });
    consent.rejectAll({ layer: 'preferences' });
    expect(consent.state.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    expect(records.map((r) => r.action)).toEqual(['custom', 'reject_all']);
  });

  test('Global Privacy Control opts out at once, on the first page, and is recorded', async () => {
    const store = memoryStore();
    const { consent, delivered } = page(optOutConfig(), { gpc: true }, store);
    expect(consent.state).toMatchObject({ decided: true, categories: { necessary: true, analytics: true, marketing: false } });
    expect((await delivered()).map((r) => [r.action, r.layer, r.gpc, r.categories.marketing])).toEqual([['gpc', 'signal', true, false]]);
    // The next page has it stored: no second record.
    expect(await page(optOutConfig(), { gpc: true }, store).delivered()).toEqual([]);
  });

  test('a service added since changes nothing: an opt-out holds, a category not opted out of runs it at once', () => {
    const store = memoryStore();
    page(optOutConfig(), {}, store).consent.set({ marketing: false });
    const config = optOutConfig();
    config.services!['other-stats'] = { title: 'Other stats', provider: 'Other Co', purpose: 'Counts visits', country: 'US' };
    config.services!['other-ads'] = { title: 'Other ads', provider: 'Other Co', purpose: 'Shows ads', country: 'US' };
    config.categories.analytics!.services = [...config.categories.analytics!.services!, 'other-stats'];
    config.categories.marketing!.services = [...config.categories.marketing!.services!, 'other-ads'];
    const { consent, records } = page(config, {}, store);
    expect(consent.state).toMatchObject({ decided: true, categories: { analytics: true, marketing: false }, services: { 'other-stats': true, 'other-ads': false } });
    expect(records).toEqual([]);
  });

  test('"ccpa" beside an opt-in law fails closed: nothing optional runs, nothing is recorded, the console says why', async () => {
    for (const laws of [['gdpr', 'ccpa'], ['ccpa', '152-fz']] as const) {
      const config = optOutConfig() as unknown as { policy: { laws: readonly string[] } };
      config.policy.laws = laws;
      const { consent, fake, delivered } = page(config as unknown as ConsentryConfig, { gpc: true });
      expect(consent.ok, laws.join()).toBe(false);
      expect(consent.state.categories).toEqual({ necessary: true });
      expect(consent.allowedService('stats-tool')).toBe(false);
      await vi.dynamicImportSettled(); // the words of what is wrong
      expect(fake.errors.join('\n')).toMatch(/config\.policy\.laws: got .*"ccpa".*\["ccpa"\] alone/s);
      expect(await delivered()).toEqual([]);
    }
  });
});

describe('152-FZ: the consent document\'s words come in the language decided in', () => {
  const textIn = (lang: string) => sha256(consentDocument(russianConfig(), { lang }));

  test('a decision waits for its language\'s words: a record after setLocale names the text in the new language', async () => {
    const { consent, records } = russianPage();
    await consent.acceptAll();
    consent.setLocale('en');
    await consent.withdraw();
    expect(records.map((r) => [r.locale, r.consentText])).toEqual([
      ['ru', textIn('ru')],
      ['en', textIn('en')],
    ]);
  });

  test('words that cannot be fetched: nothing is stored, the console says why, and the next decision tries again', async () => {
    let calls = 0;
    const textId = (config: ResolvedConfig, lang: string) =>
      ++calls === 1 ? Promise.reject(new Error('could not load document-words-ru')) : Promise.resolve(consentTextId(config, lang, wordsFor(lang)));
    const { consent, records, fake, store } = russianPage({ decisions: (kernel) => decisions(kernel, textId) });
    await consent.acceptAll();
    expect([store.value, records, consent.state.decided]).toEqual([undefined, [], false]);
    expect(fake.errors).toEqual([expect.stringMatching(/^the consent document in "ru" could not be written \(Error: could not load document-words-ru\), so this decision was not stored/)]);
    await consent.acceptAll();
    expect(records.map((r) => [r.action, r.consentText])).toEqual([['accept_all', textIn('ru')]]);
    expect(consent.allowed('analytics')).toBe(true);
  });

  test('two decisions while the words are on their way: both wait for one fetch, and are stored in order', async () => {
    let calls = 0;
    const textId = (config: ResolvedConfig, lang: string) => (calls++, Promise.resolve().then(() => consentTextId(config, lang, wordsFor(lang))));
    const { consent, records } = russianPage({ decisions: (kernel) => decisions(kernel, textId) });
    await Promise.all([consent.acceptAll(), consent.rejectAll()]);
    expect(calls).toBe(1);
    expect(records.map((r) => [r.action, r.sequence, r.consentText])).toEqual([
      ['accept_all', 1, textIn('ru')],
      ['reject_all', 2, textIn('ru')],
    ]);
  });
});
