import type { Consent, ConsentState } from '../core/types';

/** Granted when the category is, and the service too if one is named. The one rule every gated thing follows. */
export function allowedIn(state: ConsentState, category: string, service?: string | null): boolean {
  return state.categories[category] === true && (!service || state.services[service] === true);
}

/** Runs `fn` once, now or at the first change that grants `category` (and `service`). Returns a cancel function. */
export function whenAllowed(consent: Consent, category: string, service: string | null | undefined, fn: () => void): () => void {
  if (allowedIn(consent.state, category, service)) {
    fn();
    return () => {};
  }
  const off = consent.on('change', ({ state }) => {
    if (!allowedIn(state, category, service)) return;
    off();
    fn();
  });
  return off;
}
