/**
 * The `dialog` part: the preferences dialog in Preact, loaded only when a visitor opens the
 * settings (never on a first visit that only sees the banner). It takes the first layer's
 * texts and its own pack; it keeps no consent state of its own: every decision goes to the
 * core, recorded with layer `preferences`.
 */
import { render } from 'preact';
import type { DocumentBuilder } from '../../core/consent-document/build';
import type { DecisionOptions } from '../../core/types';
import type { BannerPack, DialogPack, UiHost, View } from '../host';
import { chooseTexts } from '../i18n/pack';
import { dialogTextsShown } from '../i18n/opt-out-texts';
import { liveOpener, restoreFocus } from '../focus';
import { withBody } from '../dom-ready';
import { LOCALE_EVENT } from '../../core/locale-event';
import { widgetRoot } from '../dom/widget-root';
import { uiConfig } from '../ui-config';
import { CSS } from './css';
import type { Draft } from './draft';
import { policySummary } from './policy-summary';
import { gpcOff } from './intro';
import { Preferences } from './Preferences';

let root: (() => ShadowRoot) | undefined;
let box: HTMLElement | undefined;
/** The locale the open dialog was last drawn (or asked to be drawn) in. */
let drawnIn: string | undefined;
/** Redraws the open dialog if the visitor's language is no longer the one it says. */
let onLocale = () => {};
// Said by the banner or by the page's `setLocale()` (the facade): the open dialog follows. One
// taken away without its close (the widget destroyed) stops listening instead of drawing again.
const listen = () => (box?.isConnected ? onLocale() : window.removeEventListener(LOCALE_EVENT, listen));

export function show(host: UiHost, _view: View, texts: unknown, opener: HTMLElement | null, dialogTexts?: unknown, docPart?: DocumentBuilder): void {
  withBody(() => {
    if (box?.isConnected) return; // already open
    const shadow = (root ??= widgetRoot(CSS))();
    box = document.createElement('div');
    shadow.append(box);
    window.addEventListener(LOCALE_EVENT, listen);
    draw(host, texts as BannerPack, dialogTexts as DialogPack, opener, shadow.host as HTMLElement, docPart);
  });
}

function draw(host: UiHost, pack: BannerPack, dialogPack: DialogPack, opener: HTMLElement | null, widget: HTMLElement, doc?: DocumentBuilder): void {
  const { consent } = host;
  const config = consent.config!;
  const ui = uiConfig(config);
  // One choice for both packs: a site's own language that has the banner's texts but not all the
  // dialog's is shown in the pack's language throughout, so `lang` always matches the words.
  // On an opt-in site an own language needs no opt-out texts: the pack's stand in, never shown (dialog/intro.ts).
  const { lang, t: chosen } = chooseTexts(consent.locale, pack.lang, { ...pack.t, ...dialogTextsShown(dialogPack.d, config.optOut) }, ui.texts, host.say);
  // Each choice is recorded in the language drawn here (English until a site's own language has
  // every text, though `consent.locale` names that language), with the document shown in it.
  const made: DecisionOptions = { layer: 'preferences', locale: lang };
  const all = { ...dialogPack.d, ...chosen };
  const t: BannerPack['t'] = all;
  const d: DialogPack['d'] = all;
  const facts = { t, d, countries: pack.countries, providers: pack.providers, services: dialogPack.services };
  const state = consent.state;
  box!.className = 'root';
  box!.lang = widget.lang = lang;
  box!.setAttribute('data-theme', ui.theme);

  const mine = box!;
  // Once: the <dialog> closed by the browser calls it, and so does the close() of its clean-up
  // here (its event comes later, when `box` may be a dialog opened again: not this one).
  const close = () => {
    if (box !== mine) return;
    box = undefined;
    window.removeEventListener(LOCALE_EVENT, listen);
    render(null, mine);
    mine.remove();
    // Its host too (the next opening makes another): none left empty in the page.
    widget.remove();
    restoreFocus(liveOpener(opener));
  };
  const anyGranted = () => config.categories.some((c) => !c.necessary && consent.state.categories[c.key]);
  const decide = (fn: () => unknown) => {
    void fn();
    close();
  };
  const save = (draft: Draft) =>
    decide(() =>
      // Taking back every earlier grant is a withdrawal, recorded as such.
      consent.state.decided && anyGranted() && !Object.values(draft.categories).some(Boolean)
        ? consent.withdraw(made)
        : consent.set(draft.categories, { ...made, services: draft.services }),
    );
  drawnIn = consent.locale;
  onLocale = () => {
    if (consent.locale == drawnIn) return; // nothing it says changes: not redrawn twice for one switch
    drawnIn = consent.locale;
    // The consent document too is in the new language's words, fetched beside its texts. Only
    // into the dialog that asked: closed (or closed and opened again) meanwhile, it is not drawn.
    const asking = box;
    void Promise.all([host.texts<BannerPack>(consent.locale), host.texts<DialogPack>(consent.locale, true), doc && host.document(consent.locale)]).then(
      ([p, dp, nd]) => box === asking && asking?.isConnected && draw(host, p, dp, opener, widget, nd || undefined),
    );
  };
  const relang = (next: string) => {
    consent.setLocale(next);
    onLocale();
    window.dispatchEvent(new Event(LOCALE_EVENT));
  };
  // No key: a language switch only changes the words. A remount would rebuild the draft from
  // the stored state, losing the visitor's unsaved switches, and move focus to the title.
  render(
    <Preferences
      t={t}
      d={d}
      facts={facts}
      config={config}
      state={state}
      lang={lang}
      languages={ui.languages}
      onLanguage={relang}
      sections={policySummary({ config, lang, gpc: gpcOff(config, state), base: document.baseURI, ...facts })}
      // Nothing optional, nothing to consent to: no document listing no purpose (the first layer links none).
      document={config.categories.some((c) => !c.necessary) ? doc?.buildConsentDocument(config, lang) : undefined}
      openDocument={opener?.dataset.action === 'consent'}
      onAccept={() => decide(() => consent.acceptAll(made))}
      onReject={() => decide(() => (consent.state.decided && anyGranted() ? consent.withdraw(made) : consent.rejectAll(made)))}
      onSave={save}
      onClose={close}
    />,
    box!,
  );
}
