import type { Say } from '../core/messages';
import type { Consent } from '../core/types';
import type { UiHost, View, ViewPart } from '../ui/host';
import { startLauncher } from '../ui/launcher';
import type { LoadPart, PartName } from './part-loader';

/**
 * Fetches the widget's parts only when something must be shown, each view with the visitor's
 * language's texts, in parallel: the banner for a visitor who has not chosen, the dialog (and
 * its own texts) when asked for. A returning visitor whose choice is current downloads no
 * widget code. The ways back (links, `showPreferences()`, the floating button) are plain DOM,
 * in the boot file. What a decision needs is fetched beside the view, so the click does not wait.
 */
export function attachUi(consent: Consent, load: LoadPart, say: Say): void {
  const host: UiHost = {
    consent,
    open(view: View, opener: HTMLElement | null) {
      const dialog = view === 'preferences';
      if (view !== 'reload') load('decisions').catch(() => {}); // failures are told on the click
      Promise.all([load<ViewPart>(dialog ? 'dialog' : 'banner'), host.texts(consent.locale), dialog && host.texts(consent.locale, true)]).then(
        ([part, texts, dialogTexts]) => part.show(host, view, texts, opener, dialogTexts),
        (error: unknown) => {
          say('error', 'widgetUnloaded', String(error));
          launcher.setBannerVisible(false);
        },
      );
    },
    bannerShown: (shown) => launcher.setBannerVisible(shown),
    // The languages the widget ships; another gets English, and the site's own texts if complete.
    texts: (lang, dialog) => load(`${dialog ? 'dialog-' : ''}texts-${/^(ru|hi)\b/.exec(lang)?.[0] ?? 'en'}` as PartName),
  };
  const launcher = startLauncher(consent, consent.config!.ui, host.open);
  // An opt-out site's banner part draws its choices link on every page.
  if (consent.state.decided && !consent.config!.optOut) launcher.setBannerVisible(false);
  else host.open('banner', null);
}
