import type { DialogTexts } from './dialog-en';
import type { BannerTexts } from './en';

/** Every text a site may override in `ui.texts`, by name: the first layer's and the dialog's. */
export type Messages = BannerTexts & DialogTexts & {
  /** The floating button's label: drawn by the boot file, so its default words are there (reopen-label.ts). */
  reopen: string;
};
export type MessageKey = keyof Messages;
