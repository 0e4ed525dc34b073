// `npm run demo:reset`: deletes the demo's consent log (the SQLite file and its WAL files).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = process.env.DATA_DIR ?? join(dirname(fileURLToPath(import.meta.url)), 'data');
const dbPath = process.env.DB_PATH ?? join(dataDir, 'consent-log.sqlite');
for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(file, { force: true });
console.log(`Deleted the demo consent log ${dbPath} (stop the demo server first if it is running).`);
