import { consoleLogger } from '../core/log';
import type { Consent } from '../core/types';
import type { FloatingButton } from './floating-button';
import type { LauncherOptions } from './launcher';

/**
 * The floating button for npm apps: its code and styles (0.55 KB brotli) are a lazy chunk for the app's
 * bundler, fetched only by a site that turns the button on. Until it has arrived, this stands in
 * for it and keeps what it was told (shown or hidden, removed), so the button appears as it
 * should. The script tag draws it at once instead (its core has the code, and a returning page's plan the markup).
 */
export function lazyFloatingButton(consent: Consent, options: LauncherOptions, onOpen: (opener: HTMLElement) => void): FloatingButton {
  let hidden = true;
  let removed = false;
  let button: FloatingButton | undefined;
  import('./floating-button').then(
    (m) => {
      if (removed) return;
      button = m.floatingButton(consent, options, onOpen);
      button.setHidden(hidden);
    },
    (error: unknown) => consoleLogger.error(`the floating button could not load (${String(error)}); [data-consentry-open] links still open the settings.`),
  );
  return {
    setHidden(next) {
      hidden = next;
      button?.setHidden(next);
    },
    remove() {
      removed = true;
      button?.remove();
    },
  };
}
