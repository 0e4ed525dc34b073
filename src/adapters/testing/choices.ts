import { vi } from 'vitest';
import { encodeChoice } from '../../core/encode-choice';

/** The consent cookie's value for a current choice made at `at` (default: a second ago). */
export function storedChoice(categories: Record<string, boolean>, at = Date.now() - 1000): string {
  return encodeChoice({ consentId: 'AbCdEfGhIjKlMnOpQrStUv', revision: '2026-01', createdAt: at, updatedAt: at, sequence: 1, gpcOverride: false, categories, services: {} });
}

/** A choice store that must never be read: a server creates no instance. */
export function untouchableStore() {
  return { read: vi.fn(), write: vi.fn(), remove: vi.fn() };
}

/** What the mocked widget (`../ui/index`) saw: how often it was mounted, and asked for the preferences. */
export interface WidgetSpy {
  count: number;
  shown: number;
}

/** A stand-in for `mountUi` that counts, for `vi.mock('../ui/index', …)`. */
export function fakeMountUi(spy: WidgetSpy) {
  return (consent: { on(event: 'show', fn: () => void): () => void }) => {
    spy.count++;
    const off = consent.on('show', () => void spy.shown++);
    return { open() {}, destroy: off };
  };
}
