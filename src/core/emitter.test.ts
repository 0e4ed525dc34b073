import { expect, test, vi } from 'vitest';
import { Emitter } from './emitter';

type Events = { ping: (n: number) => void; other: () => void };

function emitter() {
  const errors: string[] = [];
  return { events: new Emitter<Events>({ error: (m) => errors.push(m), warn: () => {} }), errors };
}

test('listeners hear their event only; the unsubscribe function removes one listener', () => {
  const { events } = emitter();
  const a = vi.fn();
  const b = vi.fn();
  const off = events.on('ping', a);
  events.on('ping', b);
  events.emit('ping', 1);
  events.emit('other');
  off();
  events.emit('ping', 2);
  expect(a.mock.calls).toEqual([[1]]);
  expect(b.mock.calls).toEqual([[1], [2]]);
});

test('a throwing listener is logged; the others still run', () => {
  const { events, errors } = emitter();
  const after = vi.fn();
  events.on('ping', () => {
    throw new Error('boom');
  });
  events.on('ping', after);
  expect(() => events.emit('ping', 1)).not.toThrow();
  expect(after).toHaveBeenCalledWith(1);
  expect(errors[0]).toContain('"ping" listener threw: Error: boom');
});

test('a listener that unsubscribes another during emit does not break the loop', () => {
  const { events } = emitter();
  const second = vi.fn();
  let offSecond = () => {};
  events.on('ping', () => offSecond());
  offSecond = events.on('ping', second);
  events.emit('ping', 1); // this emit still reaches it (snapshot)
  events.emit('ping', 2);
  expect(second.mock.calls).toEqual([[1]]);
});

test('has() and clear()', () => {
  const { events } = emitter();
  expect(events.has('ping')).toBe(false);
  const off = events.on('ping', () => {});
  expect(events.has('ping')).toBe(true);
  off();
  expect(events.has('ping')).toBe(false);
  const fn = vi.fn();
  events.on('ping', fn);
  events.clear();
  events.emit('ping', 1);
  expect(fn).not.toHaveBeenCalled();
});
