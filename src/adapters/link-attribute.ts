/**
 * Marks the adapters' `<ConsentSettingsLink>`: it opens the settings itself (not through
 * `[data-consentry-open]`, which `mountUi` would open a second time), yet it is a way back the
 * launcher's check must see.
 */
export const LINK_ATTRIBUTE = 'data-consentry-link';
