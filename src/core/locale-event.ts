/**
 * Said on `window` when the visitor's language changed: by a view whose visitor switched it
 * (`consent.setLocale` first), or by the script tag's `window.consentry` for the page's own
 * `setLocale()`. What is on screen redraws in it (the banner behind the settings, the settings,
 * a frame's placeholder): none may stay in the old language while the records say the new one.
 * Here, not in `ui/`, because the gate and the boot file hear and say it too.
 */
export const LOCALE_EVENT = 'consentry:locale';
