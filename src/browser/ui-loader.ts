import { consoleLogger } from '../core/log';
import type { Consent } from '../core/types';
import type { View } from '../ui/launcher';
import { startLauncher } from '../ui/launcher';
import { resolveUiOptions } from '../ui/options';
import type { Widget, WidgetModule } from '../ui/widget';

export const CHUNK_FILE = 'consentry-ui.js';

/**
 * Loads the widget chunk only when something must be shown: the banner for a
 * visitor who has not chosen, the dialog when asked for. A returning visitor
 * whose choice is current downloads no widget code and no Preact. The ways back
 * (links, `showPreferences()`, the floating button) are plain DOM, here.
 */
export function attachUi(consent: Consent, script: HTMLScriptElement | null): void {
  if (!consent.config) return;
  const options = resolveUiOptions(consent.config, consoleLogger);
  const url = options.chunkUrl ?? chunkUrl(script);
  let widget: Promise<Widget | undefined> | undefined;
  const load = () =>
    (widget ??= (import(url) as Promise<WidgetModule>).then(
      (m) => m.createWidget(consent, { options, onBannerVisibility: (visible) => launcher.setBannerVisible(visible) }),
      (error: unknown) => {
        consoleLogger.error(`could not load the widget from ${url} (${String(error)}); set config.ui.chunkUrl if it lives elsewhere.`);
        widget = undefined; // a later click tries again
        launcher.setBannerVisible(false);
        return undefined;
      },
    ));
  const open = (view: View, opener: HTMLElement | null) => void load().then((w) => w?.open(view, opener));
  const launcher = startLauncher(consent, options, open);
  if (consent.state.decided) launcher.setBannerVisible(false);
  else open('banner', null);
}

/** Next to consentry.js. Dynamic import from a classic script inherits its nonce under a strict CSP. */
function chunkUrl(script: HTMLScriptElement | null): string {
  const src = script?.src || document.querySelector<HTMLScriptElement>('script[src*="consentry"]')?.src || location.href;
  return new URL(CHUNK_FILE, src).href;
}
