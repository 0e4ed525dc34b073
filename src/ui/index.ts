/**
 * `consentry/ui`: the widget for npm users.
 *
 * ```ts
 * import { createConsent } from 'consentry';
 * import { mountUi } from 'consentry/ui';
 * const ui = mountUi(createConsent(config));
 * ```
 * Importing does nothing; `mountUi` shows the banner when the visitor has not
 * chosen yet, and wires the ways back (`[data-consentry-open]`, `showPreferences()`,
 * the floating button, the reload offer).
 */
import { consoleLogger } from '../core/log';
import type { Consent } from '../core/types';
import { startLauncher } from './launcher';
import type { View } from './launcher';
import { resolveUiOptions } from './options';
import type { Widget } from './widget';
import { createWidget } from './widget';

export interface MountOptions {
  /** What to show now. `auto`: the banner if the visitor has not chosen. Default `auto`. */
  open?: 'auto' | 'none' | View;
}

export interface UiHandle {
  open(view: View, opener?: HTMLElement | null): void;
  destroy(): void;
}

export function mountUi(consent: Consent, mount: MountOptions = {}): UiHandle {
  if (!consent.ok || !consent.config) {
    consoleLogger.error('mountUi(): this consent instance failed to start (see the error above), so there is nothing to show.');
    return { open() {}, destroy() {} };
  }
  const options = resolveUiOptions(consent.config, consoleLogger);
  let widget: Widget | undefined;
  const open = (view: View, opener: HTMLElement | null = null) => {
    widget ??= createWidget(consent, { options, onBannerVisibility: (visible) => launcher.setBannerVisible(visible) });
    widget.open(view, opener);
  };
  const launcher = startLauncher(consent, options, open);
  const asked = mount.open ?? 'auto';
  const first: View | null = asked === 'auto' ? (consent.state.decided ? null : 'banner') : asked === 'none' ? null : asked;
  if (first) open(first);
  if (first !== 'banner') launcher.setBannerVisible(false);
  return {
    open,
    destroy() {
      launcher.destroy();
      widget?.destroy();
    },
  };
}

export type { UiOptions } from './options';
export type { View } from './launcher';
export type { Messages } from './i18n';
export { bannerSummary, policySummary } from './summary';
