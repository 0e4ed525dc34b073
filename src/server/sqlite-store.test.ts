import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteRecordStore } from './sqlite-store';
import { sampleRecord } from './testing/record-fixture';

const dirs: string[] = [];
function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-sqlite-'));
  dirs.push(dir);
  return join(dir, 'nested', 'consent-log.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('sqliteRecordStore', () => {
  it('creates the file and its schema on first start, with WAL and synchronous=FULL', () => {
    const path = tempPath();
    const store = sqliteRecordStore({ path });
    expect(store.count()).toBe(0);
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all() as Array<{ name: string; sql: string }>;
    expect(indexes.find((i) => i.name === 'consent_records_record_id')?.sql).toMatch(/UNIQUE INDEX/);
    db.close();
  });

  it('inserts once per record id', () => {
    const store = sqliteRecordStore({ path: tempPath() });
    const record = sampleRecord();
    expect(store.insert(record, new Date('2026-03-01T00:00:00Z'))).toBe('created');
    expect(store.insert({ ...record, action: 'reject_all' }, new Date('2026-03-02T00:00:00Z'))).toBe('duplicate');
    expect(store.count()).toBe(1);
    // The first delivery is the proof: a redelivery changes nothing, not even the receive time.
    expect(store.byConsentId(record.consentId)).toEqual([{ receivedAt: '2026-03-01T00:00:00.000Z', record }]);
    store.close();
  });

  it('keeps its data across close and reopen', () => {
    const path = tempPath();
    const first = sqliteRecordStore({ path });
    const a = sampleRecord();
    const b = sampleRecord({ consentId: a.consentId, sequence: 2, action: 'withdraw' });
    first.insert(a, new Date('2026-03-01T00:00:00Z'));
    first.insert(b, new Date('2026-03-01T00:00:05Z'));
    first.close();

    const again = sqliteRecordStore({ path });
    expect(again.count()).toBe(2);
    expect(again.byConsentId(a.consentId).map((r) => r.record)).toEqual([a, b]);
    expect(again.insert(a, new Date())).toBe('duplicate');
    expect(again.range(new Date('2026-03-01T00:00:01Z'), new Date('2026-03-02T00:00:00Z')).map((r) => r.record.recordId)).toEqual([b.recordId]);
    again.close();
  });

  it('refuses a database written by a newer schema instead of guessing', () => {
    const path = tempPath();
    sqliteRecordStore({ path }).close();
    const db = new Database(path);
    db.pragma('user_version = 7');
    db.close();
    expect(() => sqliteRecordStore({ path })).toThrow(/schema 7/);
  });
});
