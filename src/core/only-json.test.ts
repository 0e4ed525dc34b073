import { describe, expect, it } from 'vitest';
import { onlyJson } from './only-json';

const text = (value: unknown) => {
  try {
    return JSON.stringify(value, onlyJson);
  } catch {
    return 'refused';
  }
};

describe('onlyJson', () => {
  it('passes what JSON carries whole', () => {
    const config = { a: 'x', b: [1, 2.5, -0, true, false, null, { c: '' }], d: {} };
    expect(text(config)).toBe(JSON.stringify(config));
  });

  it.each([
    ['a function', { onRecord: () => {} }],
    ['undefined', { lifetimeDays: undefined }],
    ['undefined in a list', { laws: ['gdpr', undefined] }],
    ['NaN', { lifetimeDays: NaN }],
    ['Infinity', { lifetimeDays: Infinity }],
    ['a symbol', { name: Symbol('c') }],
    ['a bigint', { n: 1n }],
    ['a Date (its JSON a string the checker would have been shown)', { revision: new Date(0) }],
    ['a class instance', { ui: new (class Options {})() }],
    ['a Map', { services: new Map() }],
  ])('refuses %s', (_what, config) => {
    expect(text(config)).toBe('refused');
  });
});
