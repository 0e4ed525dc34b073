import { expect, test } from 'vitest';
import { memoryOutbox, memoryStore } from './memory-store';
import type { OutboxEntry } from './store';

test('memoryStore keeps one value', () => {
  const store = memoryStore('2~x');
  expect(store.read()).toBe('2~x');
  store.write('2~y', 182);
  expect(store.read()).toBe('2~y');
  store.remove();
  expect(store.read()).toBeUndefined();
});

test('memoryOutbox copies in and out, so a caller cannot change what is queued by accident', () => {
  const entry = { record: { recordId: 'a' }, pending: ['endpoint'], attempts: 0, nextAttemptAt: 0 } as unknown as OutboxEntry;
  const box = memoryOutbox([entry]);
  entry.attempts = 9;
  const loaded = box.load();
  expect(loaded[0]!.attempts).toBe(0);
  loaded[0]!.pending.push('callback');
  expect(box.load()[0]!.pending).toEqual(['endpoint']);
  box.put(loaded[0]!);
  expect(box.entries[0]!.pending).toEqual(['endpoint', 'callback']);
  box.remove('a');
  expect(box.entries).toEqual([]);
});
