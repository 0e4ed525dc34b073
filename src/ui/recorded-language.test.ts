// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
// A record is proof of what the visitor read: the widget's choices name the language the banner or
// the settings were drawn in. A site's own language (`ui.texts.de`) is drawn only once it has every
// text the view needs (i18n/pack.ts), so until then the visitor reads English, and the record says so.
import { createHash } from 'node:crypto';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { createConsent } from '../index';
import { consentDocument } from '../core/consent-document';
import { testConfig } from '../core/testing/config-fixture';
import { russianConfig } from '../core/testing/law-configs';
import type { ConsentRecord, ConsentryConfig } from '../core/types';
import { memoryOutbox, memoryStore } from '../storage/memory-store';
import { d as dialogEn } from './i18n/dialog-en';
import { t as bannerEn } from './i18n/en';
import { mountUi } from './index';
import { dialogClosesLater, widgetDom } from './testing/widget-dom';

beforeAll(() => {
  widgetDom();
  dialogClosesLater();
});
afterEach(() => document.body.replaceChildren());

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** Every text of `pack` in "German": the English one marked, its placeholders kept. */
const german = (pack: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(pack).map(([key, text]) => [key, `[de] ${text}`]));
const PARTIAL = { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen' };

function withGerman(config: ConsentryConfig, de: Record<string, string>): ConsentryConfig {
  const { default: fallback = 'en', available = ['en'] } = config.language ?? {};
  config.language = { default: fallback, available: [...available, 'de'], force: 'de' };
  config.ui = { texts: { de } };
  return config;
}

const part = (selector: string) => [...document.querySelectorAll('consentry-widget')].map((w) => w.shadowRoot?.querySelector<HTMLElement>(selector)).find(Boolean);

async function mounted(config: ConsentryConfig) {
  const consent = createConsent(config, { store: memoryStore(), outbox: memoryOutbox() });
  const records: ConsentRecord[] = [];
  consent.on('record', (r) => void records.push(r));
  await consent.ready;
  const ui = mountUi(consent);
  return { consent, ui, records };
}

/** Clicks `action` in the banner, and waits for its record. */
async function inBanner(records: ConsentRecord[], action: 'accept' | 'reject'): Promise<{ lang: string; record: ConsentRecord }> {
  await vi.waitFor(() => expect(part('[data-consentry=banner]')).toBeTruthy(), { timeout: 5000 });
  const banner = part('[data-consentry=banner]')!;
  const lang = banner.closest('.root')!.getAttribute('lang')!;
  banner.querySelector<HTMLElement>(`[data-action=${action}]`)!.click();
  await vi.waitFor(() => expect(records).toHaveLength(1), { timeout: 5000 });
  return { lang, record: records[0]! };
}

/** Opens the settings and accepts there; the dialog's language and the record. */
async function inSettings(ui: { open(view: 'preferences'): void }, records: ConsentRecord[]): Promise<{ lang: string; record: ConsentRecord; shown: string }> {
  const before = records.length;
  ui.open('preferences');
  await vi.waitFor(() => expect(part('dialog.prefs')).toBeTruthy(), { timeout: 5000 });
  const dialog = part('dialog.prefs')!;
  const lang = dialog.closest('.root')!.getAttribute('lang')!;
  const shown = dialog.textContent!;
  dialog.querySelector<HTMLElement>('[data-action=accept]')!.click();
  await vi.waitFor(() => expect(records).toHaveLength(before + 1), { timeout: 5000 });
  return { lang, record: records[before]!, shown };
}

test('a language given only some texts: the banner is drawn in English and its record says "en", though consent.locale is "de"', async () => {
  const { consent, ui, records } = await mounted(withGerman(testConfig(), PARTIAL));
  expect(consent.locale).toBe('de');
  const { lang, record } = await inBanner(records, 'accept');
  expect(lang).toBe('en');
  // Before, "de": proof of a German notice nobody was shown.
  expect(record).toMatchObject({ layer: 'banner', locale: 'en' });
  ui.destroy();
  consent.destroy();
});

test('every text of the banner but not of the settings: the banner is German and says "de"; the settings are English and say "en"', async () => {
  const { consent, ui, records } = await mounted(withGerman(testConfig(), german(bannerEn)));
  const banner = await inBanner(records, 'reject');
  expect([banner.lang, banner.record.locale]).toEqual(['de', 'de']);
  const settings = await inSettings(ui, records);
  expect([settings.lang, settings.record.layer, settings.record.locale]).toEqual(['en', 'preferences', 'en']);
  ui.destroy();
  consent.destroy();
});

test('every text given: German drawn and recorded, in the banner and in the settings', async () => {
  const { consent, ui, records } = await mounted(withGerman(testConfig(), { ...german(bannerEn), ...german(dialogEn) }));
  const banner = await inBanner(records, 'reject');
  expect([banner.lang, banner.record.locale]).toEqual(['de', 'de']);
  const settings = await inSettings(ui, records);
  expect([settings.lang, settings.record.locale]).toEqual(['de', 'de']);
  ui.destroy();
  consent.destroy();
});

test("152-FZ, a language given only some texts: the settings show the English document, and the record's consentText is its hash, as consentDocument() writes it", async () => {
  // A site that does not offer English: its visitors read English all the same.
  const config = withGerman(russianConfig(), PARTIAL);
  config.language!.available = ['ru', 'de'];
  const { consent, ui, records } = await mounted(config);
  const { lang, record, shown } = await inSettings(ui, records);
  const english = consentDocument(config, { lang: 'en' });
  expect(english).not.toBe(consentDocument(config, { lang: 'de' }));
  expect(lang).toBe('en');
  for (const line of english.split('\n').filter(Boolean)) expect(shown).toContain(line.replace(/^— /, ''));
  expect([record.locale, record.consentText]).toEqual(['en', sha256(english)]);
  ui.destroy();
  consent.destroy();
});
