/**
 * The receiver under test, in its own process so the bench can `kill -9` it:
 * `node --import tsx bench/log/receiver-process.ts sqlite <file>` or `… postgresql <url> <schema>`.
 * Prints `ready <port>` once listening; on SIGTERM closes the store and prints its commit count and the CPU time it used since it was ready (ms).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReceiver } from '../../src/server/receiver';
import { pgRecordStore } from '../../src/server/pg-store';
import { sqliteRecordStore } from '../../src/server/sqlite-store';
import type { RecordStore } from '../../src/server/store';

const [kind, location, schema] = process.argv.slice(2);
let commits = 0;
let committed = 0;
const onCommit = (records: number) => {
  commits++;
  committed += records;
};
const store: RecordStore =
  kind === 'sqlite' ? sqliteRecordStore({ path: location!, onCommit }) : await pgRecordStore({ connectionString: location!, schema: schema!, onCommit });

// onError is quiet: a bench of 20 000 requests would drown the table in logs; failures show as non-201 answers.
const handler = createReceiver({ store, onError: () => {} });
const server = createServer((req, res) => void handler(req, res));
// CPU is counted from here: start-up (loading TypeScript through tsx) is not the receiver's cost per record.
let cpuAtReady = process.cpuUsage();
server.listen(0, '127.0.0.1', () => {
  cpuAtReady = process.cpuUsage();
  process.stdout.write(`ready ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close();
  void Promise.resolve(store.close?.()).then(() => {
    const cpu = process.cpuUsage(cpuAtReady);
    process.stdout.write(`commits ${commits} records ${committed} cpu ${Math.round((cpu.user + cpu.system) / 1000)}\n`);
    process.exit(0);
  });
});
