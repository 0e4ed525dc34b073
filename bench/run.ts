/**
 * `npm run bench [-- --runs N] [-- --cpu 1,4] [-- --only consentry,tarteaucitron] [-- --serve]`
 *
 * Serves one page per library (libraries.ts) on an ephemeral local port and measures them in
 * Chromium, interleaved: each run visits every page once, in a rotating order, in a fresh
 * browser context, so drift on a shared machine hits every library alike. Prints one markdown
 * table (medians, min–max, ratio to Consentry) and writes bench/results/latest.json.
 * Nothing here asserts a timing: the table is the result.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from '@playwright/test';
import { QUIET_CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium';
import { LIBRARIES } from './libraries';
import { measureRun, type RunSample } from './measure-page';
import { buildRows, type Column } from './report';
import { startBenchServer } from './serve-pages';
import { markdownTable } from './stats';

interface Args {
  runs: number;
  cpu: number[];
  only: string[] | null;
  serve: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 15, cpu: [1, 4], only: null, serve: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--runs') args.runs = positiveInt(value(), '--runs');
    else if (flag === '--cpu') args.cpu = value().split(',').map((v) => positiveInt(v, '--cpu'));
    else if (flag === '--only') args.only = value().split(',');
    else if (flag === '--serve') args.serve = true;
    else if (flag === '--help') {
      console.log(`npm run bench -- [--runs 15] [--cpu 1,4] [--only ${LIBRARIES.map((l) => l.id).join(',')}] [--serve]`);
      process.exit(0);
    } else throw new Error(`unknown argument ${flag} (try --help)`);
  }
  return args;
}

function positiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} expects a whole number ≥ 1, got "${text}"`);
  return n;
}

const args = parseArgs(process.argv.slice(2));
const libraries = LIBRARIES.filter((l) => !args.only || args.only.includes(l.id));
if (libraries.length === 0) throw new Error(`--only matched no page; pages: ${LIBRARIES.map((l) => l.id).join(', ')}`);

const server = await startBenchServer(libraries);
const urlOf = server.urlOf;

if (args.serve) {
  console.log('Serving the benchmark pages (Ctrl-C to stop):');
  for (const l of libraries) console.log(`  ${l.title}: ${urlOf(l)}`);
  await new Promise(() => {});
}

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: QUIET_CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const samples: RunSample[] = [];
const started = Date.now();
try {
  for (const cpu of args.cpu) {
    for (let run = 0; run < args.runs; run++) {
      // Rotate the order so no library always goes first (cold caches, warming CPU).
      const order = libraries.map((_, i) => libraries[(i + run) % libraries.length]!);
      for (const library of order) {
        samples.push(await measureRun(browser, library, { url: urlOf(library), cpu, bannerTimeoutMs: 5000, gatedTimeoutMs: 3000 }));
      }
      process.stderr.write(`\rcpu ${cpu}×: run ${run + 1}/${args.runs}`);
    }
    process.stderr.write('\n');
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

const machine = {
  date: new Date().toISOString(),
  cores: cpus().length,
  cpu: cpuModel(),
  chromium: chromiumVersion,
  node: process.version,
};

const columns: Column[] = libraries.map((l) => ({ id: l.id, title: l.title }));
const rows = buildRows(samples, columns, args.cpu);
const table = markdownTable(rows, columns);
const notes = [...new Set(samples.flatMap((s) => s.notes.map((n) => `${s.library}: ${n}`)))];
const primedByApi = [...new Set(samples.filter((s) => s.primedBy === 'api').map((s) => s.library))];

console.log(`\n${table}\n`);
console.log(`${args.runs} runs per page and CPU setting (${args.cpu.map((c) => `${c}×`).join(', ')}), ${((Date.now() - started) / 1000).toFixed(0)} s; ${machine.date}`);
console.log(`machine: ${machine.cores} cores, ${machine.cpu}; Chromium ${machine.chromium}; Node ${machine.node}`);
if (primedByApi.length) console.log(`stored choice for the returning visit made through the API (no banner): ${primedByApi.join(', ')}`);
// What the bytes rows counted, so a renamed or newly split file is seen at a glance.
for (const library of libraries.filter((l) => l.files.length > 0)) {
  const mine = samples.filter((s) => s.library === library.id);
  const seen = (visit: 'first' | 'returning') => [...new Set(mine.flatMap((s) => s[visit].files))].sort().join(', ') || 'none';
  console.log(`files counted, ${library.id}: first visit ${seen('first')}; returning visit ${seen('returning')}`);
}
for (const note of notes) console.log(`note: ${note}`);

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const json = { machine, args, columns, table, notes, rows: rows.map(({ format: _format, ...row }) => row), samples };
writeFileSync(new URL('./results/latest.json', import.meta.url), `${JSON.stringify(json, null, 2)}\n`);
console.log('written: bench/results/latest.json');

function cpuModel(): string {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}
