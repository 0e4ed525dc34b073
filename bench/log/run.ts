/**
 * `npm run bench:log [-- --records 20000] [-- --connections 50] [-- --only sqlite,postgresql]`
 *
 * The consent log under load, per store, on loopback. Each store gets the same bounded load:
 * `--records` records posted over `--connections` keep-alive connections, each sending its next
 * record when the last is answered. Two runs per store, each on an empty log:
 *  1. throughput: records/s answered 201, latency p50/p99, and the rows the log holds afterwards;
 *  2. kill -9: the receiver process is killed once half the records are answered; the log is
 *     then read back and every record answered 201 must be in it ("missing" must be 0).
 * Prints one markdown table. Nothing here asserts a timing: the table is the result.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { createInterface } from 'node:readline';
import { randomId, sampleRecord } from '../../src/server/testing/record-fixture';
import { percentile, postRecords, type LoadResult } from './load';
import { type BenchStore, postgresBench, sqliteBench } from './stores';

interface Args {
  records: number;
  connections: number;
  only: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { records: 20_000, connections: 50, only: ['sqlite', 'postgresql'] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--records') args.records = positiveInt(value(), flag);
    else if (flag === '--connections') args.connections = positiveInt(value(), flag);
    else if (flag === '--only') args.only = value().split(',');
    else if (flag === '--help') {
      console.log('npm run bench:log -- [--records 20000] [--connections 50] [--only sqlite,postgresql]');
      process.exit(0);
    } else throw new Error(`unknown argument ${flag} (try --help)`);
  }
  return args;
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} expects a positive integer, got "${value}"`);
  return n;
}

/** Fresh records, as JSON bodies keyed by record id: a few browsers deciding several times each. */
function records(count: number): Array<[string, string]> {
  const browsers = Array.from({ length: Math.ceil(count / 4) }, randomId);
  return Array.from({ length: count }, (_, i) => {
    const record = sampleRecord({ consentId: browsers[i >> 2]!, sequence: (i % 4) + 1, timestamp: new Date().toISOString() });
    return [record.recordId, JSON.stringify(record)];
  });
}

interface Receiver {
  port: number;
  process: ChildProcess;
  /** SIGTERM; resolves with the store's group-commit count once it closed. */
  stop(): Promise<{ commits: number; records: number; cpuMs: number }>;
  exited: Promise<void>;
}

async function startReceiver(kind: string, args: string[]): Promise<Receiver> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/log/receiver-process.ts', kind, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const first = await lines.next();
  const port = Number(/^ready (\d+)$/.exec(String(first.value))?.[1]);
  if (!port) throw new Error(`the ${kind} receiver did not start (said ${JSON.stringify(first.value)})`);
  return {
    port,
    process: child,
    exited,
    async stop() {
      child.kill('SIGTERM');
      const line = String((await lines.next()).value);
      await exited;
      const [, commits, records, cpu] = /^commits (\d+) records (\d+) cpu (\d+)$/.exec(line) ?? [];
      return { commits: Number(commits), records: Number(records), cpuMs: Number(cpu) };
    },
  };
}

interface Row {
  store: string;
  throughput: LoadResult;
  rowsStored: number;
  missing: number;
  averageBatch: number;
  /** Receiver process CPU (user + system) per record answered: steadier than records/s on a shared machine. */
  cpuPerRecordUs: number;
  crash: LoadResult;
  crashMissing: number;
  crashUnanswered: number;
}

async function measure(store: BenchStore, args: Args): Promise<Row> {
  // 1. Throughput on an empty log.
  const location = store.fresh();
  const receiver = await startReceiver(store.name, location);
  const throughput = await postRecords(receiver.port, records(args.records), args.connections);
  const batches = await receiver.stop();
  const stored = await store.storedIds(location);
  const missing = throughput.created.filter((id) => !stored.has(id)).length;

  // 2. kill -9 half-way, then read the log back.
  const crashLocation = store.fresh();
  const victim = await startReceiver(store.name, crashLocation);
  let killed = false;
  const crash = await postRecords(victim.port, records(args.records), args.connections, (progress) => {
    if (!killed && progress.created.length >= args.records / 2) {
      victim.process.kill('SIGKILL');
      killed = true;
    }
    return killed;
  });
  await victim.exited;
  const survived = await store.storedIds(crashLocation);
  const answered = new Set(crash.created);
  return {
    store: store.name,
    throughput,
    rowsStored: stored.size,
    missing,
    averageBatch: batches.records / Math.max(1, batches.commits),
    cpuPerRecordUs: (batches.cpuMs * 1000) / Math.max(1, throughput.created.length),
    crash,
    crashMissing: crash.created.filter((id) => !survived.has(id)).length,
    // Committed while its answer was still on the way when the process died: the browser retries, gets 200.
    crashUnanswered: [...survived].filter((id) => !answered.has(id)).length,
  };
}

function table(rows: Row[], args: Args): string {
  const header = ['store', 'records/s', 'p50 ms', 'p99 ms', 'rows stored / answered 201', 'records per commit', 'receiver CPU µs/record', 'kill -9: answered 201', 'missing after kill', 'stored, answer lost in the kill'];
  const lines = [header, header.map(() => '---')];
  for (const r of rows) {
    const t = r.throughput;
    const created = t.created.length;
    lines.push([
      r.store,
      Math.round(created / (t.elapsedMs / 1000)).toLocaleString('en-US'),
      percentile(t.latencies, 50).toFixed(1),
      percentile(t.latencies, 99).toFixed(1),
      `${r.rowsStored.toLocaleString('en-US')} / ${created.toLocaleString('en-US')}${r.missing ? ` (${r.missing} MISSING)` : ''}`,
      r.averageBatch.toFixed(1),
      Math.round(r.cpuPerRecordUs).toString(),
      r.crash.created.length.toLocaleString('en-US'),
      String(r.crashMissing),
      String(r.crashUnanswered),
    ]);
  }
  const other = rows.flatMap((r) => [...r.throughput.statuses].filter(([s]) => s !== 201).map(([s, n]) => `${r.store}: ${n} answered ${s || 'no answer'}`));
  return [
    `${args.records.toLocaleString('en-US')} records per run, ${args.connections} connections, loopback; ${cpus().length} × ${cpus()[0]?.model.trim()}; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`,
    '',
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
    ...(other.length ? ['', `Not 201 in the throughput runs: ${other.join('; ')}`] : []),
  ].join('\n');
}

const args = parseArgs(process.argv.slice(2));
const rows: Row[] = [];
const notes: string[] = [];
for (const name of args.only) {
  const store = name === 'sqlite' ? sqliteBench() : name === 'postgresql' ? await postgresBench() : `unknown store ${name}`;
  if (typeof store === 'string') {
    notes.push(`${name}: skipped, ${store}`);
    continue;
  }
  try {
    console.error(`[bench:log] ${store.describe}…`);
    rows.push(await measure(store, args));
  } finally {
    await store.close();
  }
}
console.log(table(rows, args));
for (const note of notes) console.log(`\n${note}`);
if (rows.some((r) => r.missing || r.crashMissing)) {
  console.log('\nRECORDS ANSWERED 201 ARE MISSING: the log lost acknowledged records.');
  process.exitCode = 1;
}
