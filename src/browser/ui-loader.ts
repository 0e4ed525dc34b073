import type { Consent } from '../core/types';

/**
 * Loads the widget chunk only when something must be shown: a returning visitor
 * whose choice is current downloads no UI code. Filled in by the widget work.
 */
export function attachUi(_consent: Consent, _script: HTMLScriptElement | null): void {}
