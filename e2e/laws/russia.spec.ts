import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { startTestDemo, type DemoUnderTest } from '../demo/demo-server';
import { storedState } from '../support/stored-state';

// GUIDE §3 (RU, 156-FZ): on each Russian demo site the consent to processing is a document of
// its own, linked from the first layer as its own item, published by the site's server
// (consentry/consent-document) and shown in the settings; every record names the exact text
// agreed to (`consentText`, its SHA-256). Infomaximum configures Google Analytics: warned.
const SITES = ['arcon', 'shop', 'infomaximum'];
const BANNER = 'consentry-widget [data-consentry=banner]';

let demo: DemoUnderTest;
test.beforeAll(async () => (demo = await startTestDemo()));
test.afterAll(() => demo.stop());

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The document's lines as the site publishes them (list items without their dash). */
const documentLines = (text: string) => text.split('\n').filter(Boolean).map((l) => l.replace(/^— /, ''));

async function consentIdOf(page: Page): Promise<string> {
  return (await storedState(page)).consentId!;
}

for (const site of SITES) {
  test(`${site}: the first layer links the separate consent document; the settings show it; the record's consentText is its hash`, async ({ page, context }) => {
    await page.goto(demo.siteUrl(site));
    const link = page.locator(`${BANNER} [data-line=consent]`);
    await expect(link).toHaveText('Согласие на обработку персональных данных');
    // Its own item, beside (not inside) the policy link.
    await expect(link).toHaveAttribute('href', `/sites/${site}/consent?lang=ru`);
    const policyHref = await page.locator(`${BANNER} [data-line=policy]`).getAttribute('href');
    expect(policyHref).not.toBe(await link.getAttribute('href'));

    // The site's server publishes it: the link opens a page of its own.
    const origin = new URL(demo.siteUrl(site)).origin;
    const published = await context.newPage();
    await published.goto(`${origin}${await link.getAttribute('href')}`);
    await expect(published.locator('h1')).toHaveText('Согласие на обработку персональных данных');
    await expect(published.locator('html')).toHaveAttribute('lang', 'ru');
    await published.close();
    // The exact text (Node's request context cannot resolve *.localhost: the server's own address).
    const documentText = async (lang: string) => (await page.request.get(`${demo.url}/sites/${site}/consent?lang=${lang}&format=text`)).text();
    const text = await documentText('ru');

    // The settings show the same document, line for line.
    await page.locator(`${BANNER} [data-action=settings]`).click();
    const shown = page.locator('consentry-widget dialog.prefs [data-consentry=consent-document]');
    await shown.locator('summary').click();
    const shownText = await shown.innerText();
    for (const line of documentLines(text)) expect(shownText).toContain(line);

    // Agreeing there: the record carries the SHA-256 of that text.
    await page.locator('consentry-widget dialog.prefs [data-action=accept]').click();
    const consentId = await consentIdOf(page);
    await expect.poll(() => demo.store.byConsentId(consentId).map((r) => [r.record.action, r.record.consentText])).toEqual([['accept_all', sha256(text)]]);

    // Withdrawing names it too, in the language of the page it happened on.
    await page.goto(`${demo.siteUrl(site)}?lang=en`);
    await page.evaluate(() => window.consentry!.withdraw({ layer: 'preferences' }));
    const english = await documentText('en');
    await expect.poll(() => demo.store.byConsentId(consentId).map((r) => [r.record.action, r.record.locale, r.record.consentText])).toEqual([
      ['accept_all', 'ru', sha256(text)],
      ['withdraw', 'en', sha256(english)],
    ]);
  });
}

test('arcon: the settings come in the language they are read and agreed in: the Russian document\'s words with them, and a switch to English fetches the English words, not a second dialog', async ({ page }) => {
  const words: string[] = [];
  const chunks: string[] = [];
  page.on('request', (r) => {
    const chunk = /\/chunks\/([\w-]+)\./.exec(r.url())?.[1];
    if (chunk) chunks.push(chunk);
    if (chunk?.startsWith('document-words-')) words.push(chunk.slice('document-words-'.length));
  });
  await page.goto(demo.siteUrl('arcon'));
  await page.locator(`${BANNER} [data-action=settings]`).click();
  const shown = page.locator('consentry-widget dialog.prefs [data-consentry=consent-document]');
  await expect(shown.locator('summary')).toHaveText('Согласие на обработку персональных данных');
  expect(words).toEqual(['ru']);

  const before = chunks.length;
  await page.locator('consentry-widget dialog.prefs select').selectOption('en');
  await expect(shown.locator('summary')).toHaveText('Consent to data processing');
  expect(words).toEqual(['ru', 'en']);
  // The dialog's code is here: only the English words come, for the dialog, the first layer's pack and the document.
  expect(chunks.slice(before).sort()).toEqual(['dialog-words-en', 'document-words-en', 'texts-en']);
  await shown.locator('summary').click();
  const english = await (await page.request.get(`${demo.url}/sites/arcon/consent?lang=en&format=text`)).text();
  const shownText = await shown.innerText();
  for (const line of documentLines(english)) expect(shownText).toContain(line);

  // Agreed in English: the record names the English text.
  await page.locator('consentry-widget dialog.prefs [data-action=accept]').click();
  const consentId = await consentIdOf(page);
  await expect.poll(() => demo.store.byConsentId(consentId).map((r) => [r.record.locale, r.record.consentText])).toEqual([['en', sha256(english)]]);
  expect(words).toEqual(['ru', 'en']);
});

test('infomaximum: the console warns that Google Analytics on a 152-FZ site likely breaks Art. 18 part 5 and needs the Art. 12 notification; the site still works', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(demo.siteUrl('infomaximum'));
  await expect.poll(() => warnings.join('\n')).toMatch(/config\.categories\.analytics\.services\[\d\]: got "google-analytics".*Art\. 18 part 5.*Art\. 12/s);
  expect(await page.evaluate(() => window.consentry!.ok)).toBe(true);
  await expect(page.locator(`${BANNER} [data-line=cross-border]`)).toContainText('Google LLC (США)');
});
