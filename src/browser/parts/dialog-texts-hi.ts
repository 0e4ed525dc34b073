// The dialog's texts in this language and the built-in services' disclosures: fetched only when the settings open.
export * from '../../ui/i18n/dialog-hi';
