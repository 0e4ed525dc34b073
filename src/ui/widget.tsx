import { render } from 'preact';
import type { Consent } from '../core/types';
import { consoleLogger } from '../core/log';
import { App } from './components/App';
import type { View } from './launcher';
import type { UiOptions } from './options';
import { Requests } from './requests';
import { widgetSheet } from './styles';
import { checkTextKeys } from './text-keys';
import { withBody } from './dom-ready';

export interface Widget {
  /** Show the banner, the preferences dialog (focus returns to `opener` after) or the reload offer. */
  open(view: View, opener?: HTMLElement | null): void;
  destroy(): void;
}

export interface WidgetSettings {
  options: UiOptions;
  /** Told when the banner shows and hides (the floating button hides meanwhile). */
  onBannerVisibility?: (visible: boolean) => void;
}

/** What `dist/consentry-ui.js` exports to the script-tag loader. */
export interface WidgetModule {
  createWidget(consent: Consent, settings: WidgetSettings): Widget;
  resolveUiOptions: typeof import('./options').resolveUiOptions;
}

/**
 * Mounts the widget in a shadow root on a host appended to <body>: the site's CSS
 * cannot reach in and ours cannot leak out. Shows nothing until asked.
 */
export function createWidget(consent: Consent, settings: WidgetSettings): Widget {
  if (!consent.ok || !consent.config) {
    consoleLogger.error('the widget needs a working consent instance; this one failed to start (see the error above).');
    return { open() {}, destroy() {} };
  }
  const options = { ...settings.options, texts: checkTextKeys(settings.options.texts, consoleLogger) };
  const host = document.createElement('consentry-widget');
  const shadow = host.attachShadow({ mode: 'open' });
  const requests = new Requests(); // requests made before the first render wait in its queue
  // Three tasks, not one: the chunk's evaluation, parsing the CSS, then the first render and
  // layout each stay short on a slow phone (no long task that delays the page's input).
  setTimeout(() => {
    shadow.adoptedStyleSheets = [widgetSheet()];
    setTimeout(() =>
      withBody((body) => {
        body.append(host);
        render(<App consent={consent} options={options} requests={requests} host={host} onBannerVisibility={settings.onBannerVisibility} />, shadow);
      }),
    );
  });
  return {
    open: (view, opener = null) => requests.send({ view, opener }),
    destroy() {
      render(null, shadow);
      host.remove();
    },
  };
}
