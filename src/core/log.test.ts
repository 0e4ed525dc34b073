import { expect, test, vi } from 'vitest';
import { consoleLogger, describeError, guarded } from './log';

test('every console message starts with [consentry]', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  consoleLogger.error('bad');
  consoleLogger.warn('careful');
  expect(error).toHaveBeenCalledWith('[consentry] bad');
  expect(warn).toHaveBeenCalledWith('[consentry] careful');
});

test('guarded returns the value, or logs a throw and returns undefined', () => {
  const errors: string[] = [];
  const log = { error: (m: string) => errors.push(m), warn: () => {} };
  expect(guarded(log, 'x', () => 42)).toBe(42);
  expect(
    guarded(log, 'reading', () => {
      throw new TypeError('nope');
    }),
  ).toBeUndefined();
  expect(errors).toEqual(['reading threw: TypeError: nope']);
  expect(describeError('plain')).toBe('plain');
});
