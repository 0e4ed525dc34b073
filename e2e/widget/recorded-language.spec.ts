import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { consentDocument } from '../../src/core/consent-document';
import type { ConsentryConfig } from '../../src/core/types';
import { demoConfig } from '../../src/ui/testing/demo-configs';
import { d as dialogEn } from '../../src/ui/i18n/dialog-en';
import { t as bannerEn } from '../../src/ui/i18n/en';
import { banner, button, pageUrl, startWidgetServer, widgetRoot, type WidgetServer } from './support';

// A record is proof of consent: its `locale` and, under 152-FZ, its `consentText` must name what
// the visitor read. A site's own language (`ui.texts.de`) is drawn only once it has every text;
// until then the banner is English, and so must the record be (before, it said "de", with the
// hash of a German-tagged document nobody was shown).
let server: WidgetServer;
test.beforeAll(async () => (server = await startWidgetServer()));
test.afterAll(() => server.close());

const LANGUAGE = { default: 'ru', available: ['ru', 'en', 'de'] };
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** The Arcon demo's config as the test page serves it, with German texts. */
const arconWith = (de: Record<string, string>): ConsentryConfig => ({ ...demoConfig('arcon'), language: LANGUAGE, ui: { texts: { de } } });
const COMPLETE = Object.fromEntries(Object.entries({ ...bannerEn, ...dialogEn }).map(([key, text]) => [key, `[de] ${text}`]));

for (const [name, de, shown] of [
  ['only some texts: drawn in English, recorded as "en" with the English document\'s hash', { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen' }, 'en'],
  ['every text: drawn in German, recorded as "de" with the German document\'s hash', COMPLETE, 'de'],
] as const) {
  test(`152-FZ, a German visitor, the site's German with ${name}`, async ({ page }) => {
    server.clear();
    await page.goto(pageUrl(server, { seed: 'demo-arcon', lang: 'de', language: JSON.stringify(LANGUAGE), ui: JSON.stringify({ texts: { de } }) }));
    await expect(banner(page)).toBeVisible();
    await expect(widgetRoot(page)).toHaveAttribute('lang', shown);
    expect(await page.evaluate(() => window.consentry!.locale)).toBe('de');
    await button(banner(page), 'accept').click();
    await expect.poll(() => server.records.map((r) => [r.layer, r.locale, r.consentText])).toEqual([['banner', shown, sha256(consentDocument(arconWith(de), { lang: shown }))]]);
    expect(consentDocument(arconWith(de), { lang: 'en' })).not.toBe(consentDocument(arconWith(de), { lang: 'de' }));
  });
}
