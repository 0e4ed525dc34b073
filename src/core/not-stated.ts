import type { NotStated } from './types';

/** `{ "notStated": true }`: the policy does not say (types.ts, NotStated). */
export function isNotStated(value: unknown): value is NotStated {
  return typeof value === 'object' && value !== null && (value as NotStated).notStated === true;
}

/** ISO 3166 "ZZ" (CLDR's unknown region): the policy does not say where. Never "abroad". */
export const NOT_STATED_COUNTRY = 'ZZ';

/**
 * Data going from the operator's country (`home`) to `where` crosses a border: both are stated,
 * and they differ. A country not stated on either side is never called abroad (README, "The
 * widget"): with the operator's unknown, every known country was "abroad", Russia for a Russian shop.
 */
export const crossesBorder = (home: string, where: string): boolean => home !== where && home !== NOT_STATED_COUNTRY && where !== NOT_STATED_COUNTRY;
