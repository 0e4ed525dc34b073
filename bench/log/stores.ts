import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { findPostgresBin, startCluster, stopCluster } from '../../src/server/testing/pg-cluster';

/** A store the bench can start empty, hand to a receiver process, and read back after a kill. */
export interface BenchStore {
  name: string;
  /** Where it keeps its data, for the table's notes. */
  describe: string;
  /** A fresh, empty log: the receiver process's arguments after the store kind. */
  fresh(): string[];
  /** Every record id in that log, read with a new connection once the receiver is gone. */
  storedIds(args: string[]): Promise<Set<string>>;
  close(): Promise<void>;
}

/** One SQLite file per run, in the system temp folder (on disk here, not tmpfs: fsync is real). */
export function sqliteBench(): BenchStore {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-bench-log-'));
  let n = 0;
  return {
    name: 'sqlite',
    describe: `SQLite file in ${tmpdir()} (WAL, synchronous=FULL)`,
    fresh: () => [join(dir, `log-${++n}.sqlite`)],
    async storedIds([path]) {
      const db = new Database(path!); // read-write: opening replays the WAL the killed process left
      const ids = new Set((db.prepare('SELECT record_id FROM consent_records').all() as Array<{ record_id: string }>).map((r) => r.record_id));
      db.close();
      return ids;
    },
    async close() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * PostgreSQL at CONSENTRY_BENCH_PG, else a throwaway cluster with PostgreSQL's durable defaults
 * (fsync on, synchronous_commit on), on this machine's disk. One schema per run.
 */
export async function postgresBench(): Promise<BenchStore | string> {
  let url = process.env.CONSENTRY_BENCH_PG;
  let stop = async () => {};
  let where = 'CONSENTRY_BENCH_PG';
  if (!url) {
    const bin = findPostgresBin();
    if (!bin) return 'no PostgreSQL binaries (install Debian\'s postgresql, or set CONSENTRY_BENCH_PG)';
    const cluster = await startCluster(bin, { durable: true });
    url = cluster.url;
    where = `throwaway ${bin.split('/').slice(-2, -1)[0]} cluster in ${tmpdir()}, fsync on`;
    stop = async () => stopCluster(bin, cluster.dir);
  }
  const connectionString = url;
  let n = 0;
  return {
    name: 'postgresql',
    describe: `PostgreSQL (${where}), pool of 10`,
    fresh: () => [connectionString, `consentry_bench_${process.pid}_${++n}`],
    async storedIds([, schema]) {
      const client = new pg.Client({ connectionString });
      await client.connect();
      const { rows } = await client.query<{ record_id: string }>(`SELECT record_id FROM "${schema}".consent_records`);
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
      return new Set(rows.map((r) => r.record_id));
    },
    close: stop,
  };
}
