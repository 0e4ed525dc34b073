// A developer looking for a command that runs the consent log (`consentry serve`) was shown the
// checker's usage alone, with nothing saying the receiver exists or where.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./consentry.ts', import.meta.url));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', cli, ...args], (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

describe('consentry (the command)', () => {
  it('names a command it does not know, and says where the consent-log receiver is', { timeout: 30_000 }, async () => {
    const serve = await run('serve');
    expect(serve.code).toBe(2);
    expect(serve.stderr).toMatch(/^consentry: unknown command "serve"\nusage: consentry check/);
    expect(serve.stderr).toContain("import { createReceiver } from 'consentry/server'");
  });

  it('--help prints the usage on stdout and exits 0', { timeout: 30_000 }, async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('consent-log receiver is a library');
  });

  // `consentry --version` printed the usage on stderr and exited 2.
  it.each(['--version', '-v'])('%s prints the package version on stdout and exits 0', { timeout: 30_000 }, async (flag) => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const version = await run(flag);
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});
