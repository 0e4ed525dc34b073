import type { RecordPages, StoredRecord } from '../store';

/** Every record of a store's pages, in order (tests only: a real export streams them). */
export async function allRecords(pages: RecordPages): Promise<StoredRecord[]> {
  const all: StoredRecord[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}
