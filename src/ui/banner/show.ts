/**
 * The `banner` part: the first layer (or, on an opt-out site, the "Your Privacy Choices"
 * link) and the reload notice, in plain DOM (no Preact), with their CSS. This and one language's texts are all the widget a first visit downloads.
 */
import { withBody } from '../dom-ready';
import { widgetRoot } from '../dom/widget-root';
import type { BannerPack, UiHost, View } from '../host';
import { showBanner } from './banner';
import { showChoicesLink } from './choices-link';
import { CSS } from './css';
import { showReloadNotice } from './reload-notice';

let root: (() => ShadowRoot) | undefined;
let shown = false;

export function show(host: UiHost, view: View, texts: unknown): void {
  withBody(() => {
    const shadow = (root ??= widgetRoot(CSS))();
    if (view === 'reload') showReloadNotice(host, texts as BannerPack, shadow);
    else if (host.consent.config!.optOut) {
      // An opt-out site asks nothing first: its choices link stays, whatever was chosen.
      if (!shown) showChoicesLink(host, texts as BannerPack, shadow);
      shown = true;
    } else if (!shown && !host.consent.state.decided) {
      shown = true;
      showBanner(host, texts as BannerPack, shadow, () => (shown = false));
    }
  });
}
