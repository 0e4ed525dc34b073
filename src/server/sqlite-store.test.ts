import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFetchReceiver } from './fetch-receiver';
import { SQLITE_SCHEMA_VERSION, openDatabase, sqliteRecordStore, type SqliteStoreOptions } from './sqlite-store';
import type { StoredRecord } from './store';
import { allRecords } from './testing/pages';
import { statusOf } from './testing/outcome';
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
/** A store that does not tell the console it created its file: every test here creates one. */
const quietStore = (options: SqliteStoreOptions) => sqliteRecordStore({ onOpen: () => {}, ...options });

describe('sqliteRecordStore', () => {
  it('creates the file and its schema on first start, with WAL and synchronous=FULL', async () => {
    const path = tempPath();
    const store = quietStore({ path });
    expect(store.count()).toBe(0);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
    const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all() as Array<{ name: string; sql: string }>;
    expect(indexes.find((i) => i.name === 'consent_records_record_id')?.sql).toMatch(/UNIQUE INDEX/);
    db.close();
  });

  it('inserts once per record id', async () => {
    const store = quietStore({ path: tempPath() });
    const record = sampleRecord();
    expect(await store.insert(record, new Date('2026-03-01T00:00:00Z'))).toBe('created');
    expect(await store.insert({ ...record }, new Date('2026-03-02T00:00:00Z'))).toBe('duplicate');
    expect(await store.insert({ ...record, action: 'reject_all' }, new Date('2026-03-02T00:00:00Z'))).toBe('conflict');
    expect(store.count()).toBe(1);
    // The first delivery is the proof: a redelivery, or another record under its id, changes nothing, not even the receive time.
    expect(store.byConsentId(record.consentId)).toEqual([{ receivedAt: '2026-03-01T00:00:00.000Z', record }]);
    await store.close();
  });

  it('commits the inserts of one event-loop turn in one transaction, and settles them only after it', async () => {
    const path = tempPath();
    const commits: number[] = [];
    const store = quietStore({ path, onCommit: (records) => commits.push(records) });
    const records = Array.from({ length: 200 }, (_, i) => sampleRecord({ sequence: i + 1 }));
    const reader = new Database(path, { readonly: true });
    const visible = () => (reader.prepare('SELECT COUNT(*) AS n FROM consent_records').get() as { n: number }).n;
    const settled = records.map((r) => store.insert(r, new Date()).then((result) => ({ result, visibleThen: visible() })));
    expect(visible()).toBe(0); // nothing is written before the turn ends
    const results = await Promise.all(settled);
    expect(commits).toEqual([200]);
    // Every insert settled after the commit: another connection already saw all 200 rows.
    expect(results.every((r) => statusOf(r.result) === 'created' && r.visibleThen === 200)).toBe(true);
    reader.close();
    await store.close();
  });

  it('answers duplicate for a second copy in the same batch and for a copy already stored', async () => {
    const commits: number[] = [];
    const store = quietStore({ path: tempPath(), onCommit: (n) => commits.push(n) });
    const stored = sampleRecord();
    await store.insert(stored, new Date());
    const fresh = sampleRecord();
    const results = await Promise.all([store.insert(fresh, new Date()), store.insert(stored, new Date()), store.insert({ ...fresh }, new Date()), store.insert(sampleRecord(), new Date())]);
    expect(commits).toEqual([1, 4]);
    expect(results.map(statusOf)).toEqual(['created', 'duplicate', 'duplicate', 'created']);
    expect(store.count()).toBe(3);
    await store.close();
  });

  it('a failing commit fails every insert of its batch, stores none of them, and the next batch goes through', async () => {
    const path = tempPath();
    const store = quietStore({ path });
    const poison = sampleRecord({ consentId: 'poison-0123456789abcdef' });
    const other = new Database(path);
    other.exec(`CREATE TRIGGER refuse_poison BEFORE INSERT ON consent_records WHEN NEW.consent_id = '${poison.consentId}' BEGIN SELECT RAISE(ABORT, 'disk says no'); END`);
    const batch = [store.insert(sampleRecord(), new Date()), store.insert(poison, new Date()), store.insert(sampleRecord(), new Date())];
    const outcomes = await Promise.allSettled(batch);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(store.count()).toBe(0); // all or nothing: no record of the batch was told "stored", none is
    expect(statusOf(await store.insert(sampleRecord(), new Date()))).toBe('created');
    other.close();
    await store.close();
  });

  it('close() waits for inserts still in their batch', async () => {
    const path = tempPath();
    const store = quietStore({ path });
    const pending = store.insert(sampleRecord(), new Date());
    await store.close();
    expect(await pending).toBe('created');
    await expect(store.insert(sampleRecord(), new Date())).rejects.toThrow(/closed/);
    const again = quietStore({ path });
    expect(again.count()).toBe(1);
    await again.close();
  });

  it('reads a range in pages, oldest first, each row once even when receive times tie across a page edge', async () => {
    const store = quietStore({ path: tempPath(), pageSize: 3 });
    const same = new Date('2026-03-01T10:00:00Z');
    const records = Array.from({ length: 7 }, (_, i) => sampleRecord({ sequence: i + 1 }));
    await store.insert(records[5]!, new Date('2026-03-01T09:00:00Z'));
    await Promise.all(records.slice(0, 5).map((r) => store.insert(r, same))); // one commit
    await store.insert(records[6]!, new Date('2026-03-02T00:00:00Z')); // outside [from, to)
    const ties = records.slice(0, 5).sort((a, b) => (a.recordId < b.recordId ? -1 : 1)).map((r) => r.sequence); // by record id
    const pages = [...store.range(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-02T00:00:00Z'))];
    expect(pages.map((p) => p.length)).toEqual([3, 3]);
    expect(pages.flat().map((r) => r.record.sequence)).toEqual([6, ...ties]);
    await store.close();
  });

  it('keeps its data across close and reopen', async () => {
    const path = tempPath();
    const first = quietStore({ path });
    const a = sampleRecord();
    const b = sampleRecord({ consentId: a.consentId, sequence: 2, action: 'withdraw' });
    await first.insert(a, new Date('2026-03-01T00:00:00Z'));
    await first.insert(b, new Date('2026-03-01T00:00:05Z'));
    await first.close();

    const again = quietStore({ path });
    expect(again.count()).toBe(2);
    expect(again.byConsentId(a.consentId).map((r) => r.record)).toEqual([a, b]);
    expect(await again.insert(a, new Date())).toBe('duplicate');
    const later = await allRecords(again.range(new Date('2026-03-01T00:00:01Z'), new Date('2026-03-02T00:00:00Z')));
    expect(later.map((r) => r.record.recordId)).toEqual([b.recordId]);
    await again.close();
  });

  it('an export between a record\'s stamp and its group commit: going on from where it ended misses nothing', async () => {
    const store = quietStore({ path: tempPath() });
    let clock = Date.parse('2026-03-01T12:00:10.000Z');
    let stamped = () => {};
    const receive = createFetchReceiver({
      store,
      adminToken: 'test-admin-token-0123456789',
      now: () => {
        stamped();
        return new Date(clock);
      },
    });
    const post = (record: unknown) => receive(new Request('http://receiver.test/', { method: 'POST', body: JSON.stringify(record), headers: { 'content-type': 'text/plain' } }));
    const exportRange = async (from: string, to: string) => {
      const res = await receive(new Request(`http://receiver.test/export?from=${from}&to=${to}`, { headers: { authorization: 'Bearer test-admin-token-0123456789' } }));
      return (await res.json()) as { to: string; records: StoredRecord[] };
    };
    const [early, late] = [sampleRecord(), sampleRecord()];
    expect((await post(early)).status).toBe(201); // 12:00:10

    clock += 2000;
    const isStamped = new Promise<void>((resolve) => (stamped = resolve));
    const latePost = post(late); // stamped 12:00:12; its commit waits for the end of this event-loop turn
    await isStamped;
    const first = await exportRange('2026-03-01T12:00:00.000Z', '2026-03-01T12:00:14.000Z'); // read before that commit
    expect((await latePost).status).toBe(201);
    const second = await exportRange(first.to, '2026-03-01T12:00:30.000Z');
    expect([...first.records, ...second.records].map((r) => r.record.recordId)).toEqual([early.recordId, late.recordId]);
    expect(first.to).toBe('2026-03-01T12:00:10.001Z');
    await store.close();
  });

  it('upgrades a schema 1 file: its receive-time index gives way to one on (received_at, record_id)', async () => {
    const path = tempPath();
    await quietStore({ path }).close();
    const old = new Database(path); // made as version 1 made it
    old.exec('DROP INDEX consent_records_received_at_record_id; CREATE INDEX consent_records_received_at ON consent_records (received_at)');
    old.pragma('user_version = 1');
    old.close();
    const store = quietStore({ path });
    await store.close();
    const db = new Database(path, { readonly: true });
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'consent_records_received%'").all() as Array<{ name: string }>).map((i) => i.name);
    expect([names, db.pragma('user_version', { simple: true })]).toEqual([['consent_records_received_at_record_id'], 2]);
    db.close();
  });

  // A relative path is read from the process's working directory (Node's rule): a receiver started
  // from another folder quietly began a new, empty log there. The store now says which file it opened.
  it('says once, at open, the absolute path of its file and whether this start created it', async () => {
    const path = relative(process.cwd(), tempPath());
    const opened: Array<[string, boolean]> = [];
    const store = sqliteRecordStore({ path, onOpen: (file, created) => opened.push([file, created]) });
    await store.insert(sampleRecord(), new Date());
    await store.close();
    await sqliteRecordStore({ path, onOpen: (file, created) => opened.push([file, created]) }).close();
    expect(opened).toEqual([
      [resolve(path), true],
      [resolve(path), false],
    ]);
    expect(store.path).toBe(resolve(path));
  });

  // Every start said it, so every restart and test run printed a line; the start that created the
  // file is the one worth a line (the wrong directory shows as a new, empty log).
  it('says on the console, unless told otherwise, only a start that created the file', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const path = tempPath();
    await sqliteRecordStore({ path }).close();
    await sqliteRecordStore({ path }).close();
    await sqliteRecordStore({ path: ':memory:' }).close();
    expect(info.mock.calls).toEqual([[`[consentry/server] consent log: created ${path} (SQLite, new and empty)`]]);
  });

  it('refuses a database written by a newer schema instead of guessing', async () => {
    const path = tempPath();
    await quietStore({ path }).close();
    const db = new Database(path);
    db.pragma('user_version = 7');
    db.close();
    expect(() => quietStore({ path })).toThrow(/schema 7/);
  });
});

// better-sqlite3 installed without its build (npm 11 skips an install script not approved in
// allowScripts) threw bindings' list of paths tried, with nothing saying what to run.
describe('better-sqlite3 without its native part', () => {
  const throwing = (message: string) =>
    function FakeDatabase() {
      throw new Error(message);
    } as unknown as typeof Database;

  it('says to approve and rebuild it when it was never built', () => {
    const open = () => openDatabase(throwing('Could not locate the bindings file. Tried:\n → /app/node_modules/better-sqlite3/build/better_sqlite3.node'), ':memory:');
    expect(open).toThrow('[consentry/server] sqliteRecordStore: better-sqlite3 is installed, but its native part was not built (its install script did not run): run npm install-scripts approve better-sqlite3 (npm 11), then npm rebuild better-sqlite3');
  });

  it('says to rebuild it when it was built for another Node.js, and keeps the cause', () => {
    const cause = 'The module was compiled against a different Node.js version using NODE_MODULE_VERSION 127. This version of Node.js requires NODE_MODULE_VERSION 115.';
    let thrown: unknown;
    try {
      openDatabase(throwing(cause), ':memory:');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ message: expect.stringContaining('was built for another version of Node.js: run npm rebuild better-sqlite3'), cause: { message: cause } });
  });

  it('passes other errors through as they are', () => {
    expect(() => openDatabase(throwing('SQLITE_CANTOPEN: unable to open database file'), '/nope/x.sqlite')).toThrow(/^SQLITE_CANTOPEN/);
    expect(openDatabase(Database, ':memory:').open).toBe(true);
  });
});
