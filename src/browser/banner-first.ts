/**
 * A first visit, before the core: the config is checked, `window.consentry` answers from it
 * (nothing optional allowed), the gate runs what `necessary` grants, and the banner shows. The
 * core (the instance, its plugins, records) comes only once the visitor reaches for the banner,
 * opens the settings, or the page needs it (another tab's choice, a refused frame, a warning):
 * a visitor who ignores the banner downloads none of it. The core then takes the banner over.
 */
import { stateOf } from '../core/choice';
import { matchLocale, resolveLocale } from '../core/locale';
import { shippedLanguage } from '../core/shipped-language';
import { shownLanguage } from '../core/shown-language';
import { GOOGLE_ANALYTICS, GOOGLE_TAG_MANAGER } from '../integrations/google-services';
import { YANDEX_METRICA } from '../integrations/yandex-services';
import type { Consent } from '../core/types';
import { removeViews } from '../ui/dom/views';
import type { BannerPack } from '../ui/i18n/pack';
import type { UiHost, ViewPart } from '../ui/host';
import { cookieSet } from '../storage/read-cookie';
import { checkAndStart } from './check-first';
import type { FirstVisit } from './first-visit';
import { gateNames } from './gate-names';
import type { Handoff } from './handoff';
import type { Memo } from './memo';
import { memoKey } from './memo';
import { textsPart } from './part-names';

/** The services whose tags an integration's plugin loads: granted at the start, the core must run it. */
const INTEGRATION_SERVICES = [GOOGLE_ANALYTICS, GOOGLE_TAG_MANAGER, YANDEX_METRICA];

export function startFirst(handoff: Handoff): Promise<void> {
  const { page, load, say, facade } = handoff;
  const visit: FirstVisit = { page, key: memoKey(page.text), undecided: true, consent: facade.consent, load, say, start: (memo) => showFirst(handoff, memo), fail: handoff.fail };
  return checkAndStart(visit, handoff.digest, handoff.lang);
}

function showFirst(handoff: Handoff, memo: Memo): void {
  const { page, load, say, facade } = handoff;
  const config = { ...memo.config, source: page.config };
  // What the instance starts with: every category, `necessary` and its services granted, GPC as the site honours it.
  const state = stateOf(null, false, config, Date.now(), config.gpc.honour && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true);
  const locale = shownLanguage(resolveLocale(config.language, { documentLang: () => document.documentElement.lang, browserLanguages: () => navigator.languages }), config.ui.texts);
  // The page destroyed the instance already: nothing to draw here. (A core fetched for a call of
  // the page's waits for this check: start-core.ts.)
  if (!facade.checked(config, locale, state)) return;
  // The banner's instance: the facade, but a language picked on the banner is its language at
  // once (the facade hands the switch to the core, which records it once here).
  let picked: string | undefined;
  const consent: Consent = Object.create(facade.consent, {
    locale: { get: () => (taken ? undefined : picked) ?? facade.consent.locale },
    setLocale: {
      value(tag: string) {
        // Only from the banner's menu, which offers only languages shown as themselves (ui-config.ts).
        picked = matchLocale(tag, config.language.available) ?? picked;
        facade.consent.setLocale(tag);
      },
    },
  });
  handoff.memo = memo;
  handoff.ready();
  const name = config.cookie.name;

  // The banner's host until the core's takes over: what needs the core asks for it, and waits.
  let taken: UiHost | undefined;
  let ahead: Promise<unknown> | undefined;
  const undos: Array<() => void> = [];
  const waiting: Array<(core: UiHost) => void> = [];
  let destroyed = false;
  const viaCore = (call: (core: UiHost) => void) => {
    if (taken) return call(taken);
    if (destroyed) return; // the banner taken away by destroy() asks for no floating button
    waiting.push(call);
    handoff.core();
  };
  const host: UiHost = {
    consent,
    say,
    open: (view, opener) => viaCore((core) => core.open(view, opener)),
    // Closed without a choice (×, Escape, or the browser closing the modal layout): the floating
    // button, if the site has one, is the core's to draw.
    bannerShown: (shown) => (shown || !config.ui.floatingButton ? taken?.bannerShown(shown) : viaCore((core) => core.bannerShown(false))),
    // The core and what a decision needs, at once and side by side: the click then does not
    // wait. Once the core has the banner (it has, as they settle), its host asks: on a 152-FZ
    // site for the consent document too, again when the language changed. A click asks again
    // for what failed (the boot file fetches the core again, and says so if it fails).
    reached: (again) =>
      taken
        ? taken.reached(again)
        : again || !ahead
          ? (ahead = (viaCore((core) => core.reached()),
            Promise.all([load('core'), load('decisions').catch((error: unknown) => (again && say('error', 'decisionsUnloaded', error), Promise.reject()))]).then(() => taken?.reached(again) ?? 1, () => {})))
          : ahead,
    ended: (undo) => (taken ? taken.ended(undo) : void undos.push(undo)),
    texts: (lang, dialog) => load(textsPart(lang, dialog)),
    document: (lang) => load<typeof import('./parts/consent-document')>('consent-document').then((m) => m.builderIn(lang, load)),
  };
  const drop = () => removeViews(undos);
  handoff.banner = (core) => {
    taken = core;
    // The core found a choice (another tab's): the banner goes, as it would at its start.
    if (consent.state.decided) drop();
    for (const undo of undos.splice(0)) core.ended(undo);
    for (const call of waiting.splice(0)) call(core);
  };

  // The gate and the ways back, for the state a first visit starts with: the boot file's, as
  // for a plan. While there is no cookie, as when the page began: once another tab's choice is
  // here, the core reads it. No traces to look for: as the core's gate, a first visit has no
  // choice to clean up after.
  const noChoice = () => !cookieSet(name);
  const stopGate = handoff.apply({ memo, ops: [], gate: gateNames(config, state), traces: ['', ''] }, noChoice);
  handoff.stop = (ending) => {
    stopGate();
    if (!ending) return;
    destroyed = true;
    drop(); // before the core came (after, it has the banner's undo)
  };
  // The core at once when its start does something here: another tab decided while this
  // file was on its way; Google's tags load before a choice (its `advanced` mode); a signal or an
  // integration's service the site put under `necessary` is granted from the start.
  if (!noChoice() || (memo.google && (memo.google.mode === 'advanced' || memo.google.grantsAtStart)) || INTEGRATION_SERVICES.some((service) => state.services[service])) handoff.core();

  // Drawn in the language of the moment it is drawn: a core that waited for this check applies a
  // language the page switched to at once (setLocale) while these files are on their way, before
  // there is a banner to tell.
  const draw = (texts: BannerPack, part: ViewPart): unknown =>
    shippedLanguage(consent.locale) != texts.lang ? host.texts<BannerPack>(consent.locale).then((other) => draw(other, part)) : destroyed || part.show(host, 'banner', texts, null);
  Promise.all([host.texts<BannerPack>(consent.locale), load<ViewPart>('banner')])
    .then(([texts, part]) => draw(texts, part))
    .catch((error: unknown) => say('error', 'widgetUnloaded', error));
}
