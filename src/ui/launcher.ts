/**
 * The ways back to the settings, in plain DOM so the script-tag loader can run them
 * without the widget: `[data-consentry-open]` links anywhere on the page (event
 * delegation, so links added later work too), `consent.showPreferences()`, the
 * gate's reload offer, and the optional floating button. Each calls `open`, which
 * loads the widget on demand.
 */
import { developing } from '../core/developing';
import { LINK_ATTRIBUTE } from '../adapters/link-attribute';
import type { Say } from '../core/messages';
import type { Consent } from '../core/types';
import { RELOAD_SUGGESTED } from '../gate/reload-event';
import type { FloatingButton } from './floating-button';
import type { View } from './host';

export type { View } from './host';
export type Open = (view: View, opener: HTMLElement | null) => void;

export interface Launcher {
  /** The banner is on screen: the floating button hides (one way to choose at a time). */
  setBannerVisible(visible: boolean): void;
  destroy(): void;
}

export const OPEN_ATTRIBUTE = 'data-consentry-open';
/** How long after the visitor's first choice the page may take to draw its way back before its developer is warned (ms). */
export const WAY_BACK_GRACE = 5000;

/** `config.ui`'s options the ways back use (checked with the config; a wrong value here only misplaces the button). */
export interface LauncherOptions {
  floatingButton?: unknown;
  texts?: Readonly<Record<string, { reopen?: string | undefined }>> | undefined;
}

/** Draws the floating button: `floatingButton` itself (the script tag's core), or `lazyFloatingButton` (npm: its code a lazy chunk). */
export type MakeButton = (consent: Consent, options: LauncherOptions, onOpen: (opener: HTMLElement) => void) => FloatingButton;

export function startLauncher(consent: Consent, options: LauncherOptions, open: Open, makeButton: MakeButton, say: Say): Launcher {
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest(`[${OPEN_ATTRIBUTE}]`) : null;
    if (!target) return;
    event.preventDefault(); // a `<a href="#" data-consentry-open>` must not jump to the top
    open('preferences', target as HTMLElement);
  };
  const onReload = () => open('reload', null);
  document.addEventListener('click', onClick);
  window.addEventListener(RELOAD_SUGGESTED, onReload);
  const offShow = consent.on('show', () => open('preferences', deepActiveElement()));
  const button = options.floatingButton ? makeButton(consent, options, (opener) => open('preferences', opener)) : null;
  // The banner says the choice can be changed later "in the cookie settings", and withdrawing
  // must be as easy as consenting (GDPR Art. 7(3)): once the visitor has first chosen in the
  // widget (the page is there by then), a page with neither way back tells its developer (an
  // opt-out site's choices link is on every page). A control of the page's own that calls
  // showPreferences() cannot be seen: the words say so. Only on a developer's page: elsewhere
  // every visitor who chose would download the words (the messages chunk) for nobody. Looked for
  // WAY_BACK_GRACE later, not a task later: a way back drawn once there is a choice
  // (`{state.decided && <ConsentSettingsLink />}`) or once a fetch has come (an SPA's footer) was
  // warned about falsely. The cost: a developer who leaves the page sooner is not told this time.
  let later: ReturnType<typeof setTimeout> | undefined;
  const offRecord = consent.on('record', ({ layer }) => {
    if (layer != 'banner' && layer != 'preferences') return;
    offRecord();
    later = setTimeout(() => button || consent.config?.optOut || !developing(location) || document.querySelector(`[${OPEN_ATTRIBUTE}],[${LINK_ATTRIBUTE}]`) || say('warn', 'noWayBack'), WAY_BACK_GRACE);
  });
  return {
    setBannerVisible: (visible) => button?.setHidden(visible),
    destroy() {
      document.removeEventListener('click', onClick);
      window.removeEventListener(RELOAD_SUGGESTED, onReload);
      offShow();
      offRecord();
      clearTimeout(later);
      button?.remove();
    },
  };
}

/** The focused element, looking inside open shadow roots (focus must return there after the dialog). */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
