// The widget's texts in this language (the widget still carries its own for now).
export const lang = 'en';
