/**
 * The floating button's label, kept apart from the other texts because the tiny
 * script-tag loader draws that button without loading the widget (a returning
 * visitor downloads no widget code).
 */
export const REOPEN_LABEL = {
  en: 'Cookie settings',
  ru: 'Настройки cookie',
  hi: 'कुकी सेटिंग्स',
} as const;
