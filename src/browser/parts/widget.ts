// The widget as one part for every view, until the banner and the dialog are parts of their own.
import { consoleLogger } from '../../core/log';
import type { UiHost, View } from '../../ui/host';
import { resolveUiOptions } from '../../ui/options';
import type { Widget } from '../../ui/widget';
import { createWidget } from '../../ui/widget';

let widget: Widget | undefined;

export function show(host: UiHost, view: View, _texts: unknown, opener: HTMLElement | null): void {
  widget ??= createWidget(host.consent, { options: resolveUiOptions(host.consent.config!, consoleLogger), onBannerVisibility: host.bannerShown });
  widget.open(view, opener);
}
