import type { DialogTexts } from './dialog-en';

/** The dialog's texts only an opt-out (US) site shows: what runs until the visitor opts out (the intro, and the summary's conditions). */
export const OPT_OUT_TEXTS = ['dialogIntroOptOut', 'dialogIntroGpc', 'purposeUnlessOff', 'recipientUnlessOff', 'recipientUnlessAllOff'] as const satisfies ReadonlyArray<keyof DialogTexts>;

/**
 * The dialog's texts a site's own language must give to be shown (`chooseTexts`): on an opt-in
 * site not those it never shows, so a pack written before one of them existed stays complete there.
 */
export function dialogTextsShown(d: DialogTexts, optOut: boolean): Partial<DialogTexts> {
  return optOut ? d : Object.fromEntries(Object.entries(d).filter(([key]) => !(OPT_OUT_TEXTS as readonly string[]).includes(key)));
}
