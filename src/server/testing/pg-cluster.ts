import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  /** postgresql://postgres@127.0.0.1:<port>/postgres, trust auth, loopback only. */
  url: string;
  /** The folder holding the data directory, the socket and the log; removed by `stop`. */
  dir: string;
}

/** initdb and pg_ctl: $PG_BIN, else the newest Debian install under /usr/lib/postgresql, else null. */
export function findPostgresBin(): string | null {
  const candidates = process.env.PG_BIN ? [process.env.PG_BIN] : debianBins();
  return candidates.find((bin) => existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) ?? null;
}

function debianBins(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(root, v, 'bin'));
}

/**
 * A throwaway PostgreSQL cluster in a temp folder, on a free loopback port. PostgreSQL refuses
 * to run as root, so as root it runs as the `postgres` user Debian's package creates.
 * `durable: false` turns fsync off: for tests, whose data dies with the cluster anyway.
 */
export async function startCluster(bin: string, options: { durable: boolean }): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const [command, all] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    execFileSync(command as string, all as string[], { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  try {
    run('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    const settings = ['-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'];
    if (!options.durable) settings.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    run('pg_ctl', ['-D', join(dir, 'data'), '-o', settings.join(' '), '-l', join(dir, 'log'), '-w', 'start']);
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, dir };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`could not start PostgreSQL from ${bin}${stderr ? `: ${stderr}` : ''}`);
  }
}

/** Stops a cluster started by `startCluster` (immediate: nothing in it is worth a checkpoint) and removes it. */
export function stopCluster(bin: string, dir: string): void {
  const args = ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop'];
  try {
    if (process.getuid?.() === 0) execFileSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
    else execFileSync(join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A loopback port nothing listens on (any more). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
