// The README's whole receiver.mjs for PostgreSQL, run as written (taken from README.md, so the two
// cannot drift), behind a PgBouncer started from the README's own pgbouncer.ini: a newcomer had only
// "replace the store: line", and the claim that transaction pooling needs no PgBouncer setting is
// worth only what a run through that file shows.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { freePort } from './testing/pg-cluster';
import { findPgBouncer, runPgBouncer, stopPgBouncer } from './testing/pgbouncer';
import { postgresForTests } from './testing/postgres';
import { sampleRecord } from './testing/record-fixture';

const FILE = 'src/server/readme-pg-receiver.test.ts';
const database = await postgresForTests(FILE);
afterAll(() => database?.stop());
const pgbouncer = findPgBouncer();
if (database && !pgbouncer) {
  const reason = 'no pgbouncer (install Debian\'s pgbouncer package, or set PGBOUNCER_BIN)';
  if (process.env.CI || process.env.CONSENTRY_REQUIRE_PG) throw new Error(`[consentry] ${FILE} needs PgBouncer and CI requires it: ${reason}`);
  console.warn(`[consentry] ${FILE}: SKIPPED: ${reason}.`);
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The code block in `lang` under "## Deploying the consent log" that contains `marker`. */
function readmeBlock(lang: string, marker: string): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Deploying the consent log\n')) ?? '';
  const block = [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!).find((code) => code.includes(marker));
  if (!block) throw new Error(`README.md has no ${lang} block with ${marker} under "## Deploying the consent log"`);
  return block;
}

/** `text` with `from` replaced by `to`; the README no longer saying `from` fails the test rather than testing something else. */
function swap(text: string, from: string, to: string): string {
  expect(text, `README's block no longer says ${from}`).toContain(from);
  return text.replace(from, to);
}

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = [], url = database!.url): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!database || !pgbouncer)("README's receiver.mjs for PostgreSQL, behind its pgbouncer.ini", () => {
  it('stores a record a page posts (201) through the pooler, its migration given the direct address, and ends on SIGTERM', async () => {
    // A database and a role of its own, with a password as the README's SCRAM auth needs.
    const name = `consentry_readme_${randomBytes(5).toString('hex')}`;
    await sql(`CREATE ROLE ${name} LOGIN PASSWORD 'readme-pw'`);
    cleanups.push(() => sql(`DROP ROLE ${name}`));
    await sql(`CREATE DATABASE ${name} OWNER ${name}`);
    cleanups.push(() => sql(`DROP DATABASE ${name} WITH (FORCE)`));
    const secret = (await sql<{ secret: string }>('SELECT rolpassword AS secret FROM pg_authid WHERE rolname = $1', [name]))[0]?.secret;
    expect(secret).toMatch(/^SCRAM-SHA-256\$/);

    const server = new URL(database!.url);
    const dir = mkdtempSync(join(tmpdir(), 'consentry-readme-pgbouncer-'));
    writeFileSync(join(dir, 'userlist.txt'), `"${name}" "${secret}"\n`);
    const pooledPort = await freePort();
    let ini = readmeBlock('ini', 'pool_mode');
    expect(ini, 'the README\'s pgbouncer.ini pools by transaction, as its text says').toMatch(/^pool_mode = transaction$/m);
    ini = swap(ini, 'shop = host=127.0.0.1 port=5432 dbname=shop', `${name} = host=${server.hostname} port=${server.port} dbname=${name}`);
    ini = swap(ini, 'listen_port = 6432', `listen_port = ${pooledPort}`);
    ini = swap(ini, 'auth_file = /etc/pgbouncer/userlist.txt', `auth_file = ${join(dir, 'userlist.txt')}`);
    await runPgBouncer(pgbouncer!, dir, ini, pooledPort);
    cleanups.push(() => stopPgBouncer(dir));

    // The example as written, but for where `consentry/server` is: this checkout's source.
    const example = swap(readmeBlock('js', 'pgRecordStore'), "from 'consentry/server'", `from '${pathToFileURL(fileURLToPath(new URL('./index.ts', import.meta.url))).href}'`);
    const code = mkdtempSync(join(tmpdir(), 'consentry-readme-receiver-'));
    cleanups.push(() => rmSync(code, { recursive: true, force: true }));
    writeFileSync(join(code, 'receiver.mjs'), example);
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', join(code, 'receiver.mjs')], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: {
        ...process.env,
        DATABASE_URL: `postgresql://${name}:readme-pw@127.0.0.1:${pooledPort}/${name}`,
        DIRECT_DATABASE_URL: `postgresql://${name}:readme-pw@${server.host}/${name}`,
        CONSENT_LOG_TOKEN: 'readme-token',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    cleanups.push(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'));

    const url = `http://127.0.0.1:${port}/consent-log`;
    for (const started = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 100))) {
      if (child.exitCode !== null) throw new Error(`receiver.mjs exited ${child.exitCode}:\n${output}`);
      if (await fetch(url, { method: 'OPTIONS' }).then(() => true, () => false)) break;
      if (Date.now() - started > 20_000) throw new Error(`receiver.mjs did not listen on ${port} in 20 s:\n${output}`);
    }

    // As a page on the allowed origin sends it (sendBeacon: text/plain).
    const record = sampleRecord();
    const posted = await fetch(url, { method: 'POST', headers: { origin: 'https://shop.example', 'content-type': 'text/plain;charset=UTF-8' }, body: JSON.stringify(record) });
    expect(posted.status, output).toBe(201);
    const proof = await fetch(`${url}/consents/${record.consentId}`, { headers: { authorization: 'Bearer readme-token' } });
    expect(proof.status).toBe(200);
    expect(((await proof.json()) as { records: Array<{ record: unknown }> }).records.map((r) => r.record)).toEqual([record]);
    const direct = `postgresql://${name}:readme-pw@${server.host}/${name}`;
    expect(await sql('SELECT record_id FROM public.consent_records', [], direct)).toEqual([{ record_id: record.recordId }]);
    expect(await sql('SELECT max(version)::int AS v FROM public.consentry_migrations', [], direct)).toEqual([{ v: 2 }]);

    // SIGTERM: it closes the server and the pool and exits by itself (a pool left open kept it running).
    child.kill('SIGTERM');
    const ended = await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000, 'still running 5 s after SIGTERM'))]);
    expect(ended, output).toEqual({ code: 0, signal: null });
  }, 60_000);
});
