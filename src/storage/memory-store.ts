import type { ChoiceStore, OutboxEntry, OutboxStore } from './store';
import { byAge } from './store';

/** A choice store in memory: for tests and for pages where cookies are blocked. */
export function memoryStore(initial?: string): ChoiceStore & { value: string | undefined } {
  const store = {
    value: initial,
    read: () => store.value,
    write: (value: string) => {
      store.value = value;
    },
    remove: () => {
      store.value = undefined;
    },
  };
  return store;
}

/** An outbox in memory; records are copied in and out so callers cannot share state by accident. */
export function memoryOutbox(initial: OutboxEntry[] = []): OutboxStore & { entries: OutboxEntry[] } {
  const box = {
    entries: clone(initial),
    load: () => clone(box.entries).sort(byAge),
    put(entry: OutboxEntry) {
      const i = box.entries.findIndex((e) => e.record.recordId === entry.record.recordId);
      if (i < 0) box.entries.push(clone(entry));
      else box.entries[i] = clone(entry);
    },
    remove(recordId: string) {
      box.entries = box.entries.filter((e) => e.record.recordId !== recordId);
    },
  };
  return box;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
