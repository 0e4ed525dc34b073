import type { DialogTexts } from './dialog-en';
import type { BannerTexts } from './en';

/** Every text a site may override in `ui.texts`, by name: the first layer's and the dialog's. */
export type Messages = BannerTexts & DialogTexts & {
  /** The floating button's label: drawn without the widget's texts (by the core, or from its plan), so its default words are in reopen-label.ts. */
  reopen: string;
};
export type MessageKey = keyof Messages;
