// An npm site's consent document: the words of one language, imported when that language is needed.
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { consentDocument } from './index';
import { builderIn, textIdIn } from './in-language';
import { russianConfig } from '../testing/law-configs';
import { resolvedDemo } from '../../ui/testing/demo-configs';

it('the builder writes the document in the asked language\'s words, English for one not shipped', async () => {
  const config = resolvedDemo('infomaximum');
  expect((await builderIn('ru')).buildConsentDocument(config, 'ru').title).toBe('Согласие на обработку персональных данных');
  expect((await builderIn('hi')).buildConsentDocument(config, 'hi').title).toBe((await import('./texts-hi')).texts.title);
  const german = (await builderIn('de')).buildConsentDocument(config, 'de');
  expect([german.lang, german.title]).toEqual(['de', 'Consent to the processing of personal data']);
});

it('a record\'s hash is that of the text the site\'s server publishes in the same language', async () => {
  const { validateConfig } = await import('../validate');
  const result = validateConfig(russianConfig());
  if (!result.ok) throw new Error('the fixture is valid');
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  for (const lang of ['ru', 'en']) expect(await textIdIn(result.config, lang)).toBe(sha256(consentDocument(russianConfig(), { lang })));
});
