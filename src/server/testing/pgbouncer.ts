import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './pg-cluster';

export interface PgBouncer {
  /** `url` with its host and port swapped for the pooler's. */
  url: string;
  stop(): void;
}

/** $PGBOUNCER_BIN, else Debian's (package pgbouncer), else null. */
export function findPgBouncer(): string | null {
  const bin = process.env.PGBOUNCER_BIN ?? '/usr/sbin/pgbouncer';
  return existsSync(bin) ? bin : null;
}

/**
 * PgBouncer in transaction mode in front of the database at `url`, as a managed database's
 * pooler: a client's statements outside a transaction may each reach another server connection.
 * Here every server connection is reset after each transaction (`DISCARD ALL`, as
 * server_reset_query_always does), so a session's SET never holds for its next statement: what
 * happens by chance on a busy pooler, made certain. `users` may log in (trust, loopback only).
 * PgBouncer refuses to run as root: as root it runs as the postgres user.
 */
export async function startPgBouncer(bin: string, url: string, users: string[]): Promise<PgBouncer> {
  const target = new URL(url);
  const dir = mkdtempSync(join(tmpdir(), 'consentry-pgbouncer-'));
  const port = await freePort();
  writeFileSync(join(dir, 'users.txt'), users.map((user) => `"${user}" ""\n`).join(''));
  const ini = `[databases]
* = host=${target.hostname} port=${target.port}
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
auth_type = trust
auth_file = ${join(dir, 'users.txt')}
pool_mode = transaction
server_reset_query = DISCARD ALL
server_reset_query_always = 1
`;
  await runPgBouncer(bin, dir, ini, port);
  const pooled = new URL(url);
  pooled.host = `127.0.0.1:${port}`;
  return { url: pooled.href, stop: () => stopPgBouncer(dir) };
}

/**
 * PgBouncer run from `ini` (a pgbouncer.ini, as a user writes it) in `dir`, listening on 127.0.0.1:`port`;
 * its log, pid file and no Unix socket are added here. Resolves once it listens; `stopPgBouncer(dir)` ends it.
 */
export async function runPgBouncer(bin: string, dir: string, ini: string, port: number): Promise<void> {
  writeFileSync(join(dir, 'pgbouncer.ini'), `${ini.trimEnd()}\nunix_socket_dir =\nlogfile = ${join(dir, 'log')}\npidfile = ${join(dir, 'pid')}\n`);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const args = ['-d', join(dir, 'pgbouncer.ini')];
  execFileSync(asRoot ? 'runuser' : bin, asRoot ? ['-u', 'postgres', '--', bin, ...args] : args, { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    await listening(port);
  } catch (error) {
    stopPgBouncer(dir);
    throw error;
  }
}

/** Ends the PgBouncer `runPgBouncer` started in `dir`, and removes `dir`. */
export function stopPgBouncer(dir: string): void {
  try {
    process.kill(Number(readFileSync(join(dir, 'pid'), 'utf8').trim()));
  } catch {
    // not running
  }
  rmSync(dir, { recursive: true, force: true });
}

async function listening(port: number): Promise<void> {
  for (const started = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(true)).on('error', () => resolve(false));
      socket.unref();
      setTimeout(() => socket.destroy(), 100).unref();
    });
    if (open) return;
    if (Date.now() - started > 5000) throw new Error(`PgBouncer did not listen on ${port} within 5 s`);
  }
}
