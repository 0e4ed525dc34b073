import type { Say } from '../core/messages';
import type { Consent } from '../core/types';
import type { UiHost, View, ViewPart } from '../ui/host';
import { startLauncher } from '../ui/launcher';
import type { LoadPart, PartName } from './part-loader';

/** Languages the widget ships texts for; another language gets English plus the site's own texts. */
const SHIPPED = ['en', 'ru', 'hi'];

/**
 * Fetches the widget's parts only when something must be shown, each view with the visitor's
 * language's texts, in parallel: the banner for a visitor who has not chosen, the dialog when
 * asked for. A returning visitor whose choice is current downloads no widget code. The ways
 * back (links, `showPreferences()`, the floating button) are plain DOM, in the boot file.
 * What a decision needs is fetched beside the view, so the visitor's click does not wait.
 */
export function attachUi(consent: Consent, load: LoadPart, say: Say): void {
  const ui = consent.config!.ui as { floatingButton?: 'bottom-left' | 'bottom-right' | false; texts?: Record<string, Record<string, string>> };
  const texts = <T>(lang: string) => load<T>(`texts-${SHIPPED.includes(lang) ? lang : 'en'}` as PartName);
  const host: UiHost = {
    consent,
    open(view: View, opener: HTMLElement | null) {
      if (view !== 'reload') load('decisions').catch(() => {}); // failures are told on the click
      Promise.all([load<ViewPart>(view === 'preferences' ? 'dialog' : 'banner'), texts(consent.locale.split('-')[0]!)]).then(
        ([part, t]) => part.show(host, view, t, opener),
        (error: unknown) => {
          say('error', 'widgetUnloaded', String(error));
          launcher.setBannerVisible(false);
        },
      );
    },
    bannerShown: (shown) => launcher.setBannerVisible(shown),
    texts,
  };
  const launcher = startLauncher(consent, { floatingButton: ui.floatingButton ?? false, texts: ui.texts ?? {} }, host.open);
  if (consent.state.decided) launcher.setBannerVisible(false);
  else host.open('banner', null);
}
