import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PG_ADDRESS_VARIABLES } from './pg-connection';
import { pgRecordStore } from './pg-store';
import { freePort } from './testing/pg-cluster';

// No database needed: each of these is decided before, or at, the first connection.
const saved = Object.fromEntries(PG_ADDRESS_VARIABLES.map((name) => [name, process.env[name]]));
function clearPgVariables(): void {
  for (const name of PG_ADDRESS_VARIABLES) delete process.env[name];
}
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('pgRecordStore: which database', () => {
  it('neither a connection string nor a PG* variable: refused at creation, naming the option (pg tried localhost:5432 as the OS user)', async () => {
    clearPgVariables();
    await expect(pgRecordStore({})).rejects.toThrow(
      '[consentry/server] pgRecordStore: options.connectionString: got undefined, and no PG* variable is set; expected postgresql://user:password@host:5432/db, or the PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD variables set (as psql reads them)',
    );
    await expect(pgRecordStore()).rejects.toThrow(/options\.connectionString: got undefined/);
  });

  it('an empty connection string (an unset DATABASE_URL read as "") or one that is no string is refused, PG* variables or not', async () => {
    process.env.PGHOST = '127.0.0.1';
    await expect(pgRecordStore({ connectionString: '' })).rejects.toThrow(/options\.connectionString: got ""; expected postgresql:/);
    await expect(pgRecordStore({ connectionString: 5432 as unknown as string })).rejects.toThrow(/options\.connectionString: got 5432; expected/);
  });

  it('a migrationConnectionString given empty (an unset DIRECT_URL read as "") or not a string is refused, naming the option', async () => {
    process.env.PGHOST = '127.0.0.1';
    await expect(pgRecordStore({ connectionString: 'postgresql://127.0.0.1:1/db', migrationConnectionString: ' ' })).rejects.toThrow(
      '[consentry/server] pgRecordStore: options.migrationConnectionString: got " "; expected postgresql://user:password@host:5432/db (straight to PostgreSQL, not through a pooler), or leave it out to migrate through connectionString',
    );
    await expect(pgRecordStore({ migrationConnectionString: 5432 as unknown as string })).rejects.toThrow(/options\.migrationConnectionString: got 5432; expected/);
  });

  it('the PG* variables alone are taken, as pg and psql take them', async () => {
    clearPgVariables();
    const port = await freePort();
    process.env.PGHOST = '127.0.0.1';
    process.env.PGPORT = String(port);
    await expect(pgRecordStore({ timeoutMillis: 2000 })).rejects.toThrow(`could not prepare schema "public" through the PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD variables: connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it('a start that cannot connect names the option it connected through and where, never the password (a pooled and a direct address: which one is wrong?)', async () => {
    const [pooled, direct] = [await freePort(), await freePort()];
    // Migrations go first, through the direct address when one is given.
    await expect(pgRecordStore({ connectionString: `postgresql://shop:s3cret@127.0.0.1:${pooled}/log`, migrationConnectionString: `postgresql://shop:s3cret@127.0.0.1:${direct}/log`, timeoutMillis: 2000 })).rejects.toThrow(
      `[consentry/server] pgRecordStore could not prepare schema "public" through options.migrationConnectionString (postgresql://shop@127.0.0.1:${direct}/log): connect ECONNREFUSED 127.0.0.1:${direct}`,
    );
    const refused = await pgRecordStore({ connectionString: `postgresql://shop:s3cret@127.0.0.1:${pooled}/log`, timeoutMillis: 2000 }).catch((error: Error) => error);
    expect(String(refused)).toContain(`through options.connectionString (postgresql://shop@127.0.0.1:${pooled}/log): connect ECONNREFUSED`);
    expect(String(refused)).not.toContain('s3cret');
  });

  it("the README's example of that error is the one thrown (but for the port and the cause)", async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const said = /`(… could not prepare schema "public" through options\.connectionString \(postgresql:\/\/shop@127\.0\.0\.1:6432\/shop\)): /.exec(readme)?.[1];
    expect(said, 'README: the pooled start-up error under Deploying the consent log').toBeDefined();
    const port = await freePort();
    const error = await pgRecordStore({ connectionString: `postgresql://shop:pw@127.0.0.1:${port}/shop`, timeoutMillis: 2000 }).catch((e: Error) => e);
    expect(String(error)).toContain(said!.slice(2).replace(':6432/', `:${port}/`));
  });
});
