import { useMemo, useSyncExternalStore } from 'react';
import type { ConsentActions } from '../adapters/binding';
import { allows } from '../adapters/binding';
import { useBinding } from './provider';
import type { Consent, ConsentState } from '../core/types';

export interface UseConsent extends ConsentActions {
  /** The visitor's choice: the server's until the instance starts in the browser, then the instance's, on every change. */
  state: ConsentState;
  /** `true` when the category is granted (`necessary` always is). */
  allowed(category: string): boolean;
  /** `true` when the service is granted. */
  allowedService(service: string): boolean;
  /** The instance, for what this hook does not cover (`on('record')`, `setLocale`); `null` on the server and before it starts. */
  consent: Consent | null;
}

/** The app's consent: re-renders the component when the state changes (built on useSyncExternalStore). */
export function useConsent(): UseConsent {
  const binding = useBinding('useConsent()');
  const { state, consent } = useSyncExternalStore(binding.subscribe, binding.getSnapshot, binding.getServerSnapshot);
  return useMemo(
    () => ({
      ...binding.actions,
      state,
      consent,
      allowed: (category: string) => allows({ state, consent }, 'allowed', category),
      allowedService: (service: string) => allows({ state, consent }, 'allowedService', service),
    }),
    [binding, state, consent],
  );
}
