/**
 * Said on `window` by a view whose visitor switched language (`consent.setLocale` first), so the
 * other view on screen redraws in it: the banner behind the settings must not stay in the old
 * language while the records say the new one.
 */
export const LOCALE_EVENT = 'consentry:locale';
