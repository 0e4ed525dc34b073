import type { Logger } from '../core/log';
import type { OutboxEntry, OutboxStore } from './store';

/**
 * The outbox in localStorage, so a record made just before the visitor leaves is sent
 * on a later page. Unreadable content is dropped with a warning, never thrown.
 */
export function localOutbox(key: string, log: Logger): OutboxStore | null {
  let storage: Storage;
  try {
    storage = globalThis.localStorage;
    if (!storage) return null;
  } catch {
    return null; // access throws when storage is blocked (Safari private mode, sandboxed iframes)
  }
  // What could not be saved (quota full): without it the record was lost, though the warning said it waited.
  let unsaved: OutboxEntry[] | null = null;
  return {
    load() {
      if (unsaved) return JSON.parse(JSON.stringify(unsaved)) as OutboxEntry[];
      try {
        const raw = storage.getItem(key);
        if (!raw) return [];
        const parsed: unknown = JSON.parse(raw);
        return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
      } catch {
        log.warn(`localStorage "${key}" held unreadable data; starting an empty outbox.`);
        return [];
      }
    },
    save(entries) {
      try {
        if (entries.length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(entries));
        unsaved = null;
      } catch (error) {
        unsaved = JSON.parse(JSON.stringify(entries)) as OutboxEntry[];
        log.warn(`could not save the record outbox (${String(error)}); records wait in memory for this page only.`);
      }
    },
  };
}

function isEntry(value: unknown): value is OutboxEntry {
  const e = value as OutboxEntry;
  return (
    typeof e === 'object' && e !== null &&
    typeof e.record === 'object' && e.record !== null && typeof e.record.recordId === 'string' &&
    Array.isArray(e.pending) && typeof e.attempts === 'number' && typeof e.nextAttemptAt === 'number'
  );
}
