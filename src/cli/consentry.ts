/**
 * `npx consentry check <config.json | page.html>…`: the script tag's config checker, run once
 * ahead instead of in every visitor's browser on their first visit.
 */
import { readFileSync } from 'node:fs';
import { checkText } from './check';

// The consent-log receiver is no command: a developer looking for one here is told where it is.
const USAGE = [
  'usage: consentry check <config.json | page.html>...',
  '       consentry --version',
  '  Checks a script-tag config and prints the data-config-checked attribute that lets browsers skip the check.',
  "The consent-log receiver is a library, not a command: import { createReceiver } from 'consentry/server' in your server (README: Consent-log receiver).",
].join('\n');

/**
 * The installed package's version, read from its package.json: this file runs as
 * <package>/dist/cli/consentry.js (npx resolves the .bin symlink to it) or, in tests, as
 * src/cli/consentry.ts; both sit two levels below it, and npm always packs package.json.
 */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function main(args: string[]): number {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h') return void console.log(USAGE), 0;
  if (command === '--version' || command === '-v') return void console.log(packageVersion()), 0;
  if (command !== undefined && command !== 'check') return void console.error(`consentry: unknown command ${JSON.stringify(command)}\n${USAGE}`), 2;
  if (command !== 'check' || !files.length) return void console.error(USAGE), 2;
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(`${file}: cannot read it (${error instanceof Error ? error.message : String(error)})`);
      failed++;
      continue;
    }
    const report = checkText(text, file);
    (report.ok ? console.log : console.error)(report.lines.join('\n'));
    if (!report.ok) failed++;
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
