/**
 * The `notices` part: what a page may show without asking anything, in plain DOM with its own
 * small CSS: an opt-out site's "Your Privacy Choices" link (on every page, so not in the first
 * visit's file) and the reload offer after a withdrawal.
 */
import { withBody } from '../dom-ready';
import { keepOnPage } from '../dom/keep-on-page';
import { widgetRoot } from '../dom/widget-root';
import type { BannerPack, UiHost, View } from '../host';
import { showChoicesLink } from './choices-link';
import { CSS } from './css';
import { showReloadNotice } from './reload-notice';

let root: (() => ShadowRoot) | undefined;
let linked = false;

export function show(host: UiHost, view: View, texts: unknown): void {
  withBody(() => {
    const shadow = (root ??= widgetRoot(CSS))();
    if (view === 'reload') showReloadNotice(host, texts as BannerPack, shadow);
    else if (!linked) {
      // An opt-out site asks nothing first: its choices link stays, whatever was chosen.
      linked = true;
      showChoicesLink(host, texts as BannerPack, shadow);
      // On every page: also the next one a site swaps <body> for (keep-on-page.ts).
      const stopKeeping = keepOnPage(shadow.host);
      // Gone with the widget (its teardown): the next mountUi draws it again.
      host.ended(() => ((linked = false), stopKeeping()));
    }
  });
}
