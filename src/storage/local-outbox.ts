import type { Logger } from '../core/log';
import type { OutboxEntry, OutboxStore } from './store';
import { byAge } from './store';

/**
 * The outbox in localStorage, one key per record (`<prefix>.<recordId>`), so a record made just
 * before the visitor leaves is sent on a later page, and two tabs adding records at the same
 * moment never overwrite each other's (a read-modify-write of one shared list lost them).
 * Unreadable content is dropped with a warning, never thrown. A list in `<prefix>` itself, as
 * earlier versions kept it, is moved to the new keys.
 */
export function localOutbox(prefix: string, log: Logger): OutboxStore | null {
  let storage: Storage;
  try {
    storage = globalThis.localStorage;
    if (!storage) return null;
  } catch {
    return null; // access throws when storage is blocked (Safari private mode, sandboxed iframes)
  }
  const key = (id: string) => `${prefix}.${id}`;
  // What could not be saved (quota full): without it the record was lost, though it was said to wait.
  const unsaved = new Map<string, OutboxEntry>();
  const read = (name: string): OutboxEntry[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(name) ?? 'null');
      return (Array.isArray(parsed) ? parsed : [parsed]).filter(isEntry);
    } catch {
      log.warn(`localStorage "${name}" held unreadable data; it is dropped.`);
      storage.removeItem(name);
      return [];
    }
  };
  const box: OutboxStore = {
    load() {
      const old = storage.getItem(prefix);
      if (old !== null) {
        for (const entry of read(prefix)) box.put(entry);
        storage.removeItem(prefix);
      }
      const found = new Map(unsaved);
      // The names first: dropping an unreadable key while walking the indexes would skip the next one.
      const names: string[] = [];
      for (let i = 0; i < storage.length; i++) names.push(storage.key(i) ?? '');
      for (const name of names) if (name.startsWith(`${prefix}.`)) for (const entry of read(name)) found.set(entry.record.recordId, entry);
      return [...found.values()].sort(byAge);
    },
    put(entry) {
      try {
        storage.setItem(key(entry.record.recordId), JSON.stringify(entry));
        unsaved.delete(entry.record.recordId);
      } catch (error) {
        unsaved.set(entry.record.recordId, JSON.parse(JSON.stringify(entry)) as OutboxEntry);
        log.warn(`could not save record ${entry.record.recordId} in the outbox (${String(error)}); it waits in memory for this page only.`);
      }
    },
    remove(recordId) {
      unsaved.delete(recordId);
      storage.removeItem(key(recordId));
    },
  };
  return box;
}

function isEntry(value: unknown): value is OutboxEntry {
  const e = value as OutboxEntry;
  return (
    typeof e === 'object' && e !== null &&
    typeof e.record === 'object' && e.record !== null && typeof e.record.recordId === 'string' &&
    Array.isArray(e.pending) && typeof e.attempts === 'number' && typeof e.nextAttemptAt === 'number'
  );
}
