import { isDateTime } from './rfc3339';

/** Where a value breaks the schema: a JSON pointer into it (the unknown or missing field's own name included). */
export interface SchemaFailure {
  path: string;
  message: string;
}

export type SchemaCheck = (value: unknown) => SchemaFailure | null;

type Schema = Record<string, unknown>;
// A failure's path is relative to the value checked; each parent prefixes its segment on the
// way out, so a valid record (the common case) builds no path strings at all.
type Check = (value: unknown) => SchemaFailure | null;

// Keywords that say nothing about validity.
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description']);

/**
 * Compiles the part of JSON Schema 2020-12 that record.schema.json uses into one check, so the
 * receiver needs no ajv at run time. A keyword outside that part throws here, at start-up: a
 * schema change the checker does not understand is never silently ignored. Type-specific
 * keywords apply only to values of their type, as in JSON Schema (`pattern` ignores a number).
 * `validate-record.test.ts` runs ajv beside it over generated records to show they agree.
 */
export function compileSchema(schema: Schema, at = '#'): SchemaCheck {
  return compile(schema, at);
}

function compile(schema: Schema, at: string): Check {
  const checks: Check[] = [];
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !(key in KEYWORDS)) {
      throw new Error(`[consentry/server] ${at}: the record checker does not implement the JSON Schema keyword "${key}"`);
    }
  }
  // The order decides which problem is reported first: the type, then the keywords in table order.
  for (const [key, make] of Object.entries(KEYWORDS)) {
    if (key in schema) checks.push(make(schema[key], schema, `${at}/${key}`));
  }
  return (value) => {
    for (const check of checks) {
      const failure = check(value);
      if (failure) return failure;
    }
    return null;
  };
}

type KeywordCompiler = (arg: unknown, schema: Schema, at: string) => Check;

const KEYWORDS: Record<string, KeywordCompiler> = {
  type: (arg, _schema, at) => {
    const name = expectString(arg, at);
    const is = TYPES[name];
    if (!is) throw new Error(`[consentry/server] ${at}: type "${name}" is not implemented`);
    return (value) => (is(value) ? null : { path: '', message: `must be ${name}` });
  },
  const: (arg, _schema, at) => {
    const allowed = expectPrimitive(arg, at);
    return (value) => (value === allowed ? null : { path: '', message: 'must be equal to constant' });
  },
  enum: (arg, _schema, at) => {
    if (!Array.isArray(arg)) throw new Error(`[consentry/server] ${at}: expected an array`);
    const allowed = arg.map((v, i) => expectPrimitive(v, `${at}/${i}`));
    return (value) => (allowed.includes(value as never) ? null : { path: '', message: 'must be equal to one of the allowed values' });
  },
  minLength: (arg, _schema, at) => {
    const limit = expectCount(arg, at);
    return onString((value) => (codePoints(value) >= limit ? null : { path: '', message: `must NOT have fewer than ${limit} characters` }));
  },
  maxLength: (arg, _schema, at) => {
    const limit = expectCount(arg, at);
    // UTF-16 length >= code points: a string short in units needs no counting.
    return onString((value) => (value.length <= limit || codePoints(value) <= limit ? null : { path: '', message: `must NOT have more than ${limit} characters` }));
  },
  pattern: (arg, _schema, at) => {
    const source = expectString(arg, at);
    const regex = new RegExp(source, 'u'); // the 'u' flag, as JSON Schema (and ajv) read patterns
    return onString((value) => (regex.test(value) ? null : { path: '', message: `must match pattern "${source}"` }));
  },
  format: (arg, _schema, at) => {
    if (arg !== 'date-time') throw new Error(`[consentry/server] ${at}: format "${String(arg)}" is not implemented`);
    return onString((value) => (isDateTime(value) ? null : { path: '', message: 'must match format "date-time"' }));
  },
  minimum: (arg, _schema, at) => {
    const limit = expectNumber(arg, at);
    return onNumber((value) => (value >= limit ? null : { path: '', message: `must be >= ${limit}` }));
  },
  maximum: (arg, _schema, at) => {
    const limit = expectNumber(arg, at);
    return onNumber((value) => (value <= limit ? null : { path: '', message: `must be <= ${limit}` }));
  },
  maxProperties: (arg, _schema, at) => {
    const limit = expectCount(arg, at);
    return onObject((value) => (Object.keys(value).length <= limit ? null : { path: '', message: `must NOT have more than ${limit} properties` }));
  },
  required: (arg, _schema, at) => {
    if (!Array.isArray(arg)) throw new Error(`[consentry/server] ${at}: expected an array`);
    const names = arg.map((v, i) => expectString(v, `${at}/${i}`));
    return onObject((value) => {
      const missing = names.find((name) => !has(value, name));
      return missing === undefined ? null : { path: `/${pointer(missing)}`, message: 'missing required field' };
    });
  },
  propertyNames: (arg, _schema, at) => {
    const check = compile(expectSchema(arg, at), at);
    return onObject((value) => {
      for (const name of Object.keys(value)) {
        const failure = check(name);
        if (failure) return { path: `/${pointer(name)}`, message: `property name ${failure.message}` };
      }
      return null;
    });
  },
  additionalProperties: (arg, schema, at) => {
    const known = new Set(Object.keys((schema.properties as Schema | undefined) ?? {}));
    const check: Check =
      arg === false
        ? () => ({ path: '', message: 'unknown field: the record schema allows no other fields' })
        : compile(expectSchema(arg, at), at);
    return onObject((value) => {
      for (const name of Object.keys(value)) {
        if (known.has(name)) continue;
        const failure = check(value[name]);
        if (failure) return within(name, failure);
      }
      return null;
    });
  },
  properties: (arg, _schema, at) => {
    const checks = Object.entries(expectSchema(arg, at)).map(([name, sub]) => [name, compile(expectSchema(sub, `${at}/${name}`), `${at}/${name}`)] as const);
    return onObject((value) => {
      for (const [name, check] of checks) {
        if (!has(value, name)) continue;
        const failure = check(value[name]);
        if (failure) return within(name, failure);
      }
      return null;
    });
  },
};

const TYPES: Record<string, (value: unknown) => boolean> = {
  object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  array: Array.isArray,
  string: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  integer: (v) => Number.isInteger(v),
  null: (v) => v === null,
};

function onString(check: (value: string) => SchemaFailure | null): Check {
  return (value) => (typeof value === 'string' ? check(value) : null);
}

function onNumber(check: (value: number) => SchemaFailure | null): Check {
  return (value) => (typeof value === 'number' ? check(value) : null);
}

function onObject(check: (value: Record<string, unknown>) => SchemaFailure | null): Check {
  return (value) => (TYPES.object!(value) ? check(value as Record<string, unknown>) : null);
}

/** A child's failure, seen from its parent: the child's name in front of its path. */
function within(name: string, failure: SchemaFailure): SchemaFailure {
  return { path: `/${pointer(name)}${failure.path}`, message: failure.message };
}

function has(value: object, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, name);
}

/** JSON Schema lengths count Unicode code points, not UTF-16 units: an emoji is one character. */
function codePoints(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/** A JSON pointer segment (RFC 6901): `~` and `/` escaped. */
function pointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

function expectString(value: unknown, at: string): string {
  if (typeof value !== 'string') throw new Error(`[consentry/server] ${at}: expected a string`);
  return value;
}

function expectNumber(value: unknown, at: string): number {
  if (typeof value !== 'number') throw new Error(`[consentry/server] ${at}: expected a number`);
  return value;
}

function expectCount(value: unknown, at: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw new Error(`[consentry/server] ${at}: expected a non-negative integer`);
  return value as number;
}

// const and enum of objects would need deep equality; the record schema has none, so refuse them loudly.
function expectPrimitive(value: unknown, at: string): string | number | boolean | null {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as string | number | boolean | null;
  throw new Error(`[consentry/server] ${at}: only string, number, boolean or null values are implemented`);
}

function expectSchema(value: unknown, at: string): Schema {
  if (!TYPES.object!(value)) throw new Error(`[consentry/server] ${at}: expected a schema object`);
  return value as Schema;
}
