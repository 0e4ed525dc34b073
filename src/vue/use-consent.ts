import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import type { ConsentActions } from '../adapters/binding';
import { allows } from '../adapters/binding';
import type { Consent, ConsentState } from '../core/types';
import { useInstalled } from './plugin';

export interface UseConsent extends ConsentActions {
  /** The visitor's choice: the server's until the instance starts in the browser, then the instance's, on every change. */
  state: ComputedRef<ConsentState>;
  /** `true` when the category is granted (`necessary` always is); reactive where it is read (templates, computed). */
  allowed(category: string): boolean;
  /** `true` when the service is granted; reactive likewise. */
  allowedService(service: string): boolean;
  /** The instance, for what this does not cover (`on('record')`, `setLocale`); `null` on the server and before it starts. */
  consent: ComputedRef<Consent | null>;
}

/** The app's consent, in a component's `setup()`. */
export function useConsent(): UseConsent {
  const { binding, snapshot } = useInstalled('useConsent()');
  return {
    ...binding.actions,
    state: computed(() => snapshot.value.state),
    consent: computed(() => snapshot.value.consent),
    allowed: (category) => allows(snapshot.value, 'allowed', category),
    allowedService: (service) => allows(snapshot.value, 'allowedService', service),
  };
}
