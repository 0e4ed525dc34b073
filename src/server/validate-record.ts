import schema from '../core/record.schema.json';
import type { ConsentRecord } from '../core/types';
import { compileSchema } from './schema-check';

export type RecordCheck = { ok: true; record: ConsentRecord } | { ok: false; path: string; message: string };

// Compiled once per process from the same file the client is built against: a field added
// to record.schema.json is checked here with no change to this code.
const check = compileSchema(schema);

/** Checks a parsed body against record.schema.json: wrong types and unknown fields are refused, with where. */
export function checkRecord(value: unknown): RecordCheck {
  const failure = check(value);
  if (failure) return { ok: false, path: failure.path || '/', message: failure.message };
  return { ok: true, record: value as ConsentRecord };
}
