/**
 * For .ci/run: `tsx src/server/testing/pg-cluster-cli.ts start` starts a throwaway PostgreSQL
 * and prints shell `export` lines (CONSENTRY_TEST_PG, CONSENTRY_TEST_PG_DIR) to eval;
 * `… stop <dir>` stops it and removes its folder.
 */
import { findPostgresBin, startCluster, stopCluster } from './pg-cluster';

const [command, dir] = process.argv.slice(2);
const bin = findPostgresBin();
if (!bin) {
  console.error('[consentry] no PostgreSQL binaries under /usr/lib/postgresql (or $PG_BIN)');
  process.exit(1);
}
if (command === 'start') {
  const cluster = await startCluster(bin, { durable: false });
  console.log(`export CONSENTRY_TEST_PG='${cluster.url}'`);
  console.log(`export CONSENTRY_TEST_PG_DIR='${cluster.dir}'`);
} else if (command === 'stop' && dir) {
  stopCluster(bin, dir);
} else {
  console.error('usage: pg-cluster-cli.ts start | stop <dir>');
  process.exit(2);
}
