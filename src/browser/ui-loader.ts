import { consoleLogger } from '../core/log';
import type { Say } from '../core/messages';
import type { ResolvedConfig } from '../core/resolved-config';
import type { Consent } from '../core/types';
import type { View } from '../ui/launcher';
import { startLauncher } from '../ui/launcher';
import type { UiOptions } from '../ui/options';
import type { Widget, WidgetModule } from '../ui/widget';
import type { ChunkName } from './chunk-loader';

/**
 * Fetches the widget only when something must be shown: the banner for a visitor who has
 * not chosen, the dialog when asked for. A returning visitor whose choice is current
 * downloads no widget code and no Preact. The ways back (links, `showPreferences()`, the
 * floating button) are plain DOM, here. What a decision needs is fetched beside the widget,
 * so the visitor's click does not wait for it.
 */
export function attachUi(consent: Consent, config: ResolvedConfig, load: <T>(name: ChunkName) => Promise<T>, say: Say): void {
  const ui = config.ui as Partial<UiOptions>;
  let widget: Promise<Widget | undefined> | undefined;
  const get = () =>
    (widget ??= load<WidgetModule>('widget').then(
      (m) => m.createWidget(consent, { options: m.resolveUiOptions(config, consoleLogger), onBannerVisibility: (visible) => launcher.setBannerVisible(visible) }),
      (error: unknown) => {
        say('error', 'widgetUnloaded', String(error));
        widget = undefined; // a later click tries again
        launcher.setBannerVisible(false);
        return undefined;
      },
    ));
  const open = (view: View, opener: HTMLElement | null) => {
    if (view !== 'reload') load('decide').catch(() => {}); // the visitor is about to choose; failures are reported on the click
    void get().then((w) => w?.open(view, opener));
  };
  const launcher = startLauncher(consent, { floatingButton: ui.floatingButton ?? false, texts: ui.texts ?? {} }, open);
  if (consent.state.decided) launcher.setBannerVisible(false);
  else open('banner', null);
}
