/** The variables pg reads for where and as whom to connect (psql reads the same). */
export const PG_ADDRESS_VARIABLES = ['PGHOST', 'PGPORT', 'PGDATABASE', 'PGUSER', 'PGPASSWORD'] as const;

/**
 * The database to connect to must be said: a connection string, or PG* variables. Given
 * neither (typically `connectionString: process.env.DATABASE_URL` with the variable unset),
 * pg quietly tried localhost:5432 as the OS user: a refused connection far from its cause, or
 * a receiver writing consent records to whatever database answered there.
 */
export function checkConnection(connectionString: unknown, env: NodeJS.ProcessEnv = process.env): void {
  const fail = (got: string) => {
    throw new Error(`[consentry/server] pgRecordStore: options.connectionString: got ${got}; expected postgresql://user:password@host:5432/db, or the ${PG_ADDRESS_VARIABLES.join(', ')} variables set (as psql reads them)`);
  };
  if (connectionString === undefined) {
    if (!PG_ADDRESS_VARIABLES.some((name) => env[name])) fail('undefined, and no PG* variable is set');
  } else if (typeof connectionString !== 'string' || connectionString.trim() === '') {
    fail(typeof connectionString === 'string' ? JSON.stringify(connectionString) : String(connectionString));
  }
}

/** Given, the migration's own connection string must be one: an unset variable read as "" would quietly migrate through the pooler. */
export function checkMigrationConnection(connectionString: unknown): void {
  if (connectionString === undefined || (typeof connectionString === 'string' && connectionString.trim() !== '')) return;
  const got = typeof connectionString === 'string' ? JSON.stringify(connectionString) : String(connectionString);
  throw new Error(`[consentry/server] pgRecordStore: options.migrationConnectionString: got ${got}; expected postgresql://user:password@host:5432/db (straight to PostgreSQL, not through a pooler), or leave it out to migrate through connectionString`);
}

/**
 * Which option a connection came from, and where it went, for a start-up error: a pooled and a
 * direct address with one wrong password otherwise both said just "password authentication
 * failed". The password is left out; a string that is not a URL (key=value) is not repeated.
 */
export function connectionLabel(option: 'connectionString' | 'migrationConnectionString', connectionString: string | undefined): string {
  if (connectionString === undefined) return `the ${PG_ADDRESS_VARIABLES.join(', ')} variables`;
  let where = '';
  try {
    const url = new URL(connectionString);
    where = ` (${url.protocol}//${url.username ? `${url.username}@` : ''}${url.host}${url.pathname})`;
  } catch {
    // Not a URL: said by name only, lest a password in it reach the logs.
  }
  return `options.${option}${where}`;
}
