import type { DocumentBuilder } from '../core/consent-document/build';
import type { Say } from '../core/messages';
import type { Consent } from '../core/types';
import type { UiHost, View, ViewPart } from '../ui/host';
import { removeViews } from '../ui/dom/views';
import { floatingButton } from '../ui/floating-button';
import { startLauncher } from '../ui/launcher';
import type { LoadPart } from './part-loader';
import { textsPart } from './part-names';

/**
 * Fetches the widget's parts only when something must be shown, each view with the visitor's
 * language's texts, in parallel: the banner for a visitor who has not chosen, the dialog (and
 * its own texts) when asked for. A returning visitor whose choice is current downloads no
 * widget code. The ways back (links, `showPreferences()`, the floating button) are plain DOM,
 * in the core (a returning page's boot file draws them from its plan until the core is here). What a decision needs comes with the settings, or once the visitor reaches
 * for the banner, so the click does not wait and a banner left alone costs nothing more.
 */
/** Draws the ways back and, when there is something to decide, the banner; the teardown (`consent.destroy()`) takes the widget away. */
export function attachUi(consent: Consent, load: LoadPart, say: Say, handed?: (host: UiHost) => void): () => void {
  let looked = false;
  let reachedIn: string | undefined;
  let ahead: Promise<unknown>;
  let ended = false;
  const undos: Array<() => void> = [];
  /** Fetches the decisions and, on a 152-FZ site, the consent document in the visitor's language (its hash goes in the records), side by side. */
  const decisionParts = () => {
    const doc = consent.config!.consentDocument ? host.document(consent.locale) : undefined;
    // Failures are told on the click.
    for (const part of [load('decisions'), doc]) part?.catch(() => {});
    // Once: records an earlier page left waiting go now (a page without the cookie did not look),
    // and localStorage, slow to open the first time, is open before the click stores a record.
    if (!looked) (looked = true), void consent.flush();
    return doc;
  };
  type Shown = [ViewPart, unknown, unknown?, DocumentBuilder?, unknown?];
  /** What a view needs, fetched in parallel where it can be. */
  const partsFor = (view: View): Promise<Shown> => {
    if (view === 'preferences') {
      // The dialog's file beside `decide` (this chunk names both), all in the language of the
      // click; shown once `decide` is here too, so a save does not wait. The dialog's code comes
      // from the file its words came in, and the first layer's words after those (a view shipped
      // with them comes in the same file, else they would come in the first visit's): each file
      // is asked for once, and one that fails is told once.
      const lang = consent.locale;
      const doc = decisionParts();
      const dialogTexts = host.texts(lang, true);
      return Promise.all([dialogTexts.then(() => load<ViewPart>('dialog')), dialogTexts.then(() => host.texts(lang)), dialogTexts, doc, load('decisions')]);
    }
    const locale = consent.locale;
    if (view === 'reload' || consent.config!.optOut) {
      // The reload offer, and an opt-out site's choices link (it has no banner): the notices'
      // chunk, which carries the texts' chunks, so the texts are asked for once it is here
      // (else the first visit's file would come for them).
      return load<ViewPart>('notices').then((part) => host.texts(locale).then((texts): Shown => [part, texts]));
    }
    // The banner: the language's texts first, so it comes in their file (with the checker, on a
    // first visit). What a decision needs comes once the visitor reaches for the banner
    // (`reached`), so one who ignores it does not download it.
    return host.texts(locale).then((texts) => load<ViewPart>('banner').then((part): Shown => [part, texts]));
  };
  const host: UiHost = {
    consent,
    say,
    open(view: View, opener: HTMLElement | null) {
      // The language switched while the parts came: fetched again in the new one, so the view
      // never says (nor a record hashes) words of a language the visitor has left.
      const lang = consent.locale;
      partsFor(view).then(([part, texts, dialogTexts, doc]) => ended || (consent.locale != lang ? host.open(view, opener) : part.show(host, view, texts, opener, dialogTexts, doc)), failed);
    },
    bannerShown: (shown) => launcher.setBannerVisible(shown),
    // Once per language (a 152-FZ decision hashes the consent document in the language of the
    // click): a pointer over the banner fires this at each element it crosses, and a line that
    // fails would be asked again at each. A click asks again (the loader fetches only what is
    // not here or on its way), and says why if it fails.
    reached: (again) =>
      again || reachedIn != consent.locale
        ? ((reachedIn = consent.locale), (ahead = Promise.all([load('decisions'), decisionParts()]).then(() => 1, (error: unknown) => void (again && say('error', 'decisionsUnloaded', error)))))
        : ahead!,
    ended: (undo) => void undos.push(undo),
    texts: (lang, dialog) => load(textsPart(lang, dialog)),
    document: (lang) => load<typeof import('./parts/consent-document')>('consent-document').then((m) => m.builderIn(lang, load)),
  };
  /** A view that cannot load: the console says why, and the floating button (if any) stays a way back. */
  const failed = (error: unknown) => {
    say('error', 'widgetUnloaded', error);
    launcher.setBannerVisible(false);
  };
  const launcher = startLauncher(consent, consent.config!.ui, host.open, floatingButton, say);
  // A first visit's banner, up before the core came: its host is this one now.
  handed?.(host);
  // An opt-out site draws its choices link on every page.
  if (consent.state.decided && !consent.config!.optOut) launcher.setBannerVisible(false);
  // The banner in a task of its own: with the start before it, one long task on a slow phone
  // (77 ms at 4x slower CPU), input waiting on it; apart, about 25 ms and 50 ms.
  else if (!handed) setTimeout(() => ended || host.open('banner', null));
  return () => {
    ended = true;
    launcher.destroy();
    removeViews(undos);
  };
}
