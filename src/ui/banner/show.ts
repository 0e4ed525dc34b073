/**
 * The `banner` part: the first layer, in plain DOM (no Preact), with its CSS. This and one
 * language's texts are all the widget a first visit downloads.
 */
import { withBody } from '../dom-ready';
import { widgetRoot } from '../dom/widget-root';
import type { BannerPack, UiHost } from '../host';
import { showBanner } from './banner';
import { CSS } from './css';

let root: (() => ShadowRoot) | undefined;
let shown = false;

export function show(host: UiHost, _view: unknown, texts: unknown): void {
  withBody(() => {
    if (shown || host.consent.state.decided) return;
    shown = true;
    showBanner(host, texts as BannerPack, (root ??= widgetRoot(CSS))(), () => (shown = false));
  });
}
