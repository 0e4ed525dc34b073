/**
 * Whether two copies of a record are the same record: the same JSON values, whatever the key
 * order, spacing or escapes they came with (`{"a":1,"b":2}` and `{"b":2,"a":1}`; `"\u0041"` and
 * `"A"`). A browser resends the bytes it sent first, but a relay or a framework's body parser may
 * write the record again. The receive time is the log's, not the record's: never compared.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = definedKeys(a);
  const keysB = definedKeys(b);
  if (keysA.length !== keysB.length) return false;
  const other = b as Record<string, unknown>;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(other, key) && sameRecord((a as Record<string, unknown>)[key], other[key]));
}

/** A key set to `undefined` is no key in JSON: a stored copy has lost it. */
function definedKeys(value: object): string[] {
  return Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
}
