// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/"}
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { createConsent } from '../../index';
import { testConfig } from '../../core/testing/config-fixture';
import { optOutConfig, russianConfig } from '../../core/testing/law-configs';
import type { ConsentryConfig } from '../../core/types';
import { memoryOutbox, memoryStore } from '../../storage/memory-store';
import { d as dialogEn } from '../i18n/dialog-en';
import { t as bannerEn } from '../i18n/en';
import { mountUi } from '../index';
import { dialogClosesLater, widgetDom } from '../testing/widget-dom';

// jsdom lacks what the widget uses and a <dialog>'s close() (widget-dom.ts).
beforeAll(() => {
  widgetDom();
  dialogClosesLater();
});
// jsdom lays nothing out; focus goes back only to an opener that is on screen.
beforeEach(() => void vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList));
afterEach(() => document.body.replaceChildren());

const dialog = () => [...document.querySelectorAll('consentry-widget')].map((w) => w.shadowRoot?.querySelector<HTMLDialogElement>('dialog.prefs')).find(Boolean);
const switchOf = (key: string) => dialog()!.querySelector<HTMLInputElement>(`#cs-cat-${key}`)!.checked;

async function opened(config: ConsentryConfig, store = memoryStore(), env: { gpc?: boolean } = {}) {
  const consent = createConsent(config, { store, outbox: memoryOutbox(), env });
  await consent.ready;
  const ui = mountUi(consent, { open: 'none' });
  const opener = document.body.appendChild(document.createElement('button'));
  opener.focus();
  ui.open('preferences', opener);
  await vi.waitFor(() => expect(dialog()).toBeTruthy());
  return { consent, ui, opener, store };
}

describe('the settings show what runs', () => {
  test('opt-out site (US): before any choice the switches are on, as the categories run, and the intro says so', async () => {
    const { consent, ui } = await opened(optOutConfig());
    expect(consent.state).toMatchObject({ decided: false, categories: { analytics: true, marketing: true } });
    expect([switchOf('analytics'), switchOf('marketing')]).toEqual([true, true]);
    expect(dialog()!.querySelector('#cs-prefs-intro')!.textContent).toBe('Choose what you allow. Everything optional is on until you turn it off.');
    // Nor does the summary say the signal keeps it off.
    expect(dialog()!.querySelector('[data-section="gpc"]')).toBeNull();
    ui.destroy();
    consent.destroy();
  });

  test('opt-out site (US), after a new policy revision: the opt-out kept is shown off, the rest on', async () => {
    const first = await opened(optOutConfig());
    await first.consent.set({ marketing: false }, { layer: 'preferences' });
    first.ui.destroy();
    first.consent.destroy();
    const config = optOutConfig();
    config.policy.revision = '2026-02';
    const { consent, ui } = await opened(config, first.store);
    expect(consent.state.decided).toBe(false);
    expect([switchOf('analytics'), switchOf('marketing')]).toEqual([true, false]);
    ui.destroy();
    consent.destroy();
  });

  test('opt-out site (US) under Global Privacy Control: the intro names what the signal turned off, beside its switch shown off', async () => {
    const { consent, ui } = await opened(optOutConfig(), memoryStore(), { gpc: true });
    expect(consent.state).toMatchObject({ gpc: true, categories: { analytics: true, marketing: false } });
    expect([switchOf('analytics'), switchOf('marketing')]).toEqual([true, false]);
    const intro = dialog()!.querySelector('#cs-prefs-intro')!.textContent;
    expect(intro).not.toContain('Everything optional is on');
    expect(intro).toBe('Choose what you allow. Your browser sent a Global Privacy Control signal, so we keep “Marketing” off. Everything else optional is on until you turn it off.');
    expect(dialog()!.querySelector('[data-section="gpc"]')!.textContent).toContain('“Marketing”');
    ui.destroy();
    consent.destroy();
  });

  test.each([
    ['ru', 'Выберите, что вы разрешаете. Ваш браузер передал сигнал Global Privacy Control, поэтому мы не включаем: «Marketing». Всё остальное необязательное включено, пока вы сами его не выключите.'],
    ['hi', 'चुनें कि आप किस चीज़ की अनुमति देते हैं। आपके ब्राउज़र ने Global Privacy Control सिग्नल भेजा है, इसलिए ये बंद रहेंगे: “Marketing”। जब तक आप खुद बंद न करें, बाकी सभी वैकल्पिक चीज़ें चालू रहती हैं।'],
  ])('opt-out site (US) under Global Privacy Control, in %s: the intro says so in the visitor’s language', async (lang, expected) => {
    const config = optOutConfig();
    config.language = { default: 'en', available: ['en', lang], force: lang };
    const { consent, ui } = await opened(config, memoryStore(), { gpc: true });
    expect((dialog()!.closest('.root') as HTMLElement).lang).toBe(lang);
    expect(dialog()!.querySelector('#cs-prefs-intro')!.textContent).toBe(expected);
    ui.destroy();
    consent.destroy();
  });

  test('opt-out site (US) under Global Privacy Control, marketing granted explicitly: its switch is on, and neither the intro nor the summary names it off', async () => {
    const first = await opened(optOutConfig(), memoryStore(), { gpc: true });
    await first.consent.set({ analytics: true, marketing: true }, { layer: 'preferences' });
    first.ui.destroy();
    first.consent.destroy();
    const { consent, ui } = await opened(optOutConfig(), first.store, { gpc: true });
    expect([switchOf('analytics'), switchOf('marketing')]).toEqual([true, true]);
    expect(dialog()!.querySelector('#cs-prefs-intro')!.textContent).toBe('Choose what you allow. Everything optional is on until you turn it off.');
    // Nor does the summary say the signal keeps it off.
    expect(dialog()!.querySelector('[data-section="gpc"]')).toBeNull();
    ui.destroy();
    consent.destroy();
  });

  test('opt-out site (US) under Global Privacy Control: a site’s own intro with {categories} is shown, filled; one without it gives way to the shipped text', async () => {
    const own = (text: string) => ({ ...optOutConfig(), ui: { texts: { en: { dialogIntroGpc: text } } } }) as ConsentryConfig;
    const first = await opened(own('GPC is on: {categories} stay off. The rest runs until you switch it off.'), memoryStore(), { gpc: true });
    expect(dialog()!.querySelector('#cs-prefs-intro')!.textContent).toBe('GPC is on: “Marketing” stay off. The rest runs until you switch it off.');
    first.ui.destroy();
    first.consent.destroy();
    const { consent, ui } = await opened(own('Marketing stays off.'), memoryStore(), { gpc: true });
    expect(dialog()!.querySelector('#cs-prefs-intro')!.textContent).toMatch(/^Choose what you allow\. Your browser sent a Global Privacy Control signal/);
    ui.destroy();
    consent.destroy();
  });

  test('opt-in site: nothing is pre-ticked for a visitor who has not chosen, and the intro says it stays off', async () => {
    const { consent, ui } = await opened(testConfig());
    expect([switchOf('analytics'), switchOf('marketing')]).toEqual([false, false]);
    expect(dialog()!.querySelector('#cs-prefs-intro')!.textContent).toBe('Choose what you allow. Everything optional stays off until you turn it on.');
    ui.destroy();
    consent.destroy();
  });
});

describe('withdrawal in the settings (GUIDE §3: as easy as giving, and recorded as a withdrawal)', () => {
  const records = async (consent: Awaited<ReturnType<typeof opened>>['consent'], click: () => void | Promise<void>) => {
    const made: Array<[string, string, boolean | undefined, boolean | undefined]> = [];
    consent.on('record', (r) => made.push([r.action, r.layer, r.categories.analytics, r.categories.marketing]));
    await click();
    await vi.waitFor(() => expect(made).toHaveLength(1));
    return made;
  };

  test.each([
    ['Reject all', () => dialog()!.querySelector<HTMLButtonElement>('[data-action=reject]')!.click()],
    [
      'Save choices with every switch turned off',
      async () => {
        // One click at a time, each drawn before the next, as a visitor's are.
        for (const key of ['analytics', 'marketing']) {
          dialog()!.querySelector<HTMLInputElement>(`#cs-cat-${key}`)!.click();
          await new Promise((later) => setTimeout(later));
        }
        dialog()!.querySelector<HTMLButtonElement>('[data-action=save]')!.click();
      },
    ],
  ])('after Accept all, %s in the settings takes every grant back: one "withdraw" record, layer "preferences"; focus back on the opener', async (_, click) => {
    const store = memoryStore();
    const before = createConsent(testConfig(), { store, outbox: memoryOutbox() });
    await before.ready;
    await before.acceptAll();
    before.destroy();
    const { consent, ui, opener } = await opened(testConfig(), store);
    expect([switchOf('analytics'), switchOf('marketing')]).toEqual([true, true]);
    expect(await records(consent, click)).toEqual([['withdraw', 'preferences', false, false]]);
    expect(consent.state.categories).toMatchObject({ analytics: false, marketing: false });
    expect(dialog()).toBeUndefined();
    expect(document.activeElement).toBe(opener);
    ui.destroy();
    consent.destroy();
  });

  test('a visitor who has granted nothing and rejects: "reject_all", not a withdrawal', async () => {
    const { consent, ui } = await opened(testConfig());
    expect(await records(consent, () => dialog()!.querySelector<HTMLButtonElement>('[data-action=reject]')!.click())).toEqual([['reject_all', 'preferences', false, false]]);
    ui.destroy();
    consent.destroy();
  });
});

describe('the consent document in the settings (152-FZ)', () => {
  const doc = () => dialog()!.querySelector('[data-consentry="consent-document"]');

  test('shown, with the purposes the visitor is asked about', async () => {
    const { consent, ui } = await opened(russianConfig());
    expect(doc()!.textContent).toContain('Marketing');
    ui.destroy();
    consent.destroy();
  });

  test('a site with only necessary cookies asks for no consent: no document with an empty list of purposes (the first layer links none either)', async () => {
    const config = russianConfig();
    config.categories = { necessary: config.categories.necessary! };
    config.policy.purposes = config.policy.purposes.filter((p) => p.category === 'necessary');
    const { consent, ui } = await opened(config);
    expect(doc()).toBeNull();
    ui.destroy();
    consent.destroy();
  });
});

describe('closed by the browser (Android’s back gesture closes a modal <dialog> at the second cancel)', () => {
  test('taken as ×: nothing stored, focus back on the opener, and the settings open again', async () => {
    const { consent, ui, opener, store } = await opened(testConfig());
    dialog()!.close();
    await vi.waitFor(() => expect(dialog()).toBeUndefined());
    expect(document.activeElement).toBe(opener);
    expect([consent.state.decided, store.value]).toEqual([false, undefined]);
    ui.open('preferences', opener);
    await vi.waitFor(() => expect(dialog()?.open).toBe(true));
    ui.destroy();
    consent.destroy();
  });

  test('the close event of a dialog closed by × does not close the one opened again right after, nor loses it', async () => {
    const { consent, ui, opener } = await opened(testConfig());
    dialog()!.querySelector<HTMLButtonElement>('.head button.icon')!.click();
    expect(dialog()).toBeUndefined();
    ui.open('preferences', opener); // before the old dialog's close event
    await vi.waitFor(() => expect(dialog()?.open).toBe(true));
    await new Promise((later) => setTimeout(later, 20));
    expect(dialog()?.open).toBe(true);
    // …nor makes it forgotten: asked again, the open one stays the only one.
    ui.open('preferences', opener);
    await new Promise((later) => setTimeout(later, 20));
    expect([...document.querySelectorAll('consentry-widget')].flatMap((w) => [...w.shadowRoot!.querySelectorAll('dialog')])).toHaveLength(1);
    ui.destroy();
    consent.destroy();
  });
});

describe("a site's own language", () => {
  const german = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, `DE ${v}`]));
  const withGerman = (texts: Record<string, string>) =>
    testConfig({ language: { default: 'en', available: ['en', 'de'], force: 'de' }, ui: { texts: { de: texts } } } as Partial<ConsentryConfig>);

  test('with the banner\'s texts but not all the dialog\'s: the dialog is in English throughout, and says so in its lang', async () => {
    const { ui } = await opened(withGerman(german(bannerEn)));
    const root = dialog()!.closest('.root') as HTMLElement;
    expect(root.lang).toBe('en');
    expect(dialog()!.querySelector('#cs-prefs-intro')!.textContent).not.toMatch(/^DE /);
    expect(dialog()!.textContent).not.toContain('DE ');
    ui.destroy();
  });

  test('on an opt-in site, without the texts only an opt-out site shows (a pack written before they existed): the dialog is in it', async () => {
    const { dialogIntroOptOut, dialogIntroGpc, ...shown } = dialogEn;
    void [dialogIntroOptOut, dialogIntroGpc];
    const { ui } = await opened(withGerman(german({ ...bannerEn, ...shown })));
    expect((dialog()!.closest('.root') as HTMLElement).lang).toBe('de');
    expect(dialog()!.querySelector('#cs-prefs-intro')!.textContent).toBe(`DE ${dialogEn.dialogIntro}`);
    ui.destroy();
  });

  test('on an opt-out site the same pack lacks what that site shows: the dialog is in English', async () => {
    const { dialogIntroOptOut, dialogIntroGpc, ...shown } = dialogEn;
    void [dialogIntroOptOut, dialogIntroGpc];
    const config = { ...optOutConfig(), language: { default: 'en', available: ['en', 'de'], force: 'de' }, ui: { texts: { de: german({ ...bannerEn, ...shown }) } } } as ConsentryConfig;
    const { ui, consent } = await opened(config);
    expect((dialog()!.closest('.root') as HTMLElement).lang).toBe('en');
    expect(dialog()!.querySelector('#cs-prefs-intro')!.textContent).toBe(dialogEn.dialogIntroOptOut);
    ui.destroy();
    consent.destroy();
  });

  test('with every text: the dialog is in it', async () => {
    const { ui } = await opened(withGerman(german({ ...bannerEn, ...dialogEn })));
    expect((dialog()!.closest('.root') as HTMLElement).lang).toBe('de');
    expect(dialog()!.querySelector('#cs-prefs-intro')!.textContent).toMatch(/^DE /);
    ui.destroy();
  });
});
