import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../core/record.schema.json';
import type { ConsentRecord } from '../core/types';

export type RecordCheck = { ok: true; record: ConsentRecord } | { ok: false; path: string; message: string };

// One compiled validator per process; the schema is the same file the client is built against.
const ajv = new Ajv2020({ allErrors: false, strict: true });
addFormats(ajv, ['date-time']);
const validate = ajv.compile<ConsentRecord>(schema);

/** Checks a parsed body against record.schema.json: wrong types and unknown fields are refused, with where. */
export function checkRecord(value: unknown): RecordCheck {
  if (validate(value)) return { ok: true, record: value };
  const error = validate.errors?.[0];
  if (!error) return { ok: false, path: '/', message: 'not a consent record' };
  return { ok: false, path: pathOf(error), message: messageOf(error) };
}

/** A JSON pointer to the offending value, including the name of an unknown field. */
function pathOf(error: ErrorObject): string {
  const extra = error.keyword === 'additionalProperties' ? `/${String(error.params.additionalProperty)}` : '';
  const missing = error.keyword === 'required' ? `/${String(error.params.missingProperty)}` : '';
  return error.instancePath + extra + missing || '/';
}

function messageOf(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return 'unknown field: the record schema allows no other fields';
  if (error.keyword === 'required') return 'missing required field';
  return error.message ?? error.keyword;
}
