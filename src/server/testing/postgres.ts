import { randomBytes } from 'node:crypto';
import { findPostgresBin, startCluster, stopCluster } from './pg-cluster';

export interface TestPostgres {
  url: string;
  /** A schema name no other test uses (tests run side by side against one cluster). */
  freshSchema(): string;
  /** Drops the schemas handed out, and stops the cluster if this helper started it. */
  stop(): Promise<void>;
}

/** CI (or CONSENTRY_REQUIRE_PG=1): a PostgreSQL test that cannot run fails, never skips. */
const REQUIRED = Boolean(process.env.CI || process.env.CONSENTRY_REQUIRE_PG);

/**
 * The PostgreSQL a test file runs against: `CONSENTRY_TEST_PG` when set (.ci/run starts one),
 * else a throwaway cluster from the machine's PostgreSQL binaries (so `npm test` needs no
 * set-up), else `null` with a printed reason: the caller skips, except where REQUIRED.
 */
export async function postgresForTests(file: string): Promise<TestPostgres | null> {
  const given = process.env.CONSENTRY_TEST_PG;
  const bin = given ? null : findPostgresBin();
  let url = given;
  let dir: string | null = null;
  if (!url) {
    try {
      if (!bin) throw new Error('no PostgreSQL binaries (install Debian\'s postgresql package, or set PG_BIN)');
      ({ url, dir } = await startCluster(bin, { durable: false }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (REQUIRED) throw new Error(`[consentry] ${file} needs PostgreSQL and CI requires it: ${reason}`);
      console.warn(`[consentry] ${file}: PostgreSQL tests SKIPPED: ${reason}. Set CONSENTRY_TEST_PG=postgresql://… to run them.`);
      return null;
    }
  }
  const schemas: string[] = [];
  return {
    url,
    freshSchema() {
      const schema = `consentry_test_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return schema;
    },
    async stop() {
      if (dir && bin) return stopCluster(bin, dir);
      // A shared database (CONSENTRY_TEST_PG): leave it as it was found.
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}
