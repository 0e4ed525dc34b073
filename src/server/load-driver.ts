import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Loads a store's database driver when that store is created, never when consentry/server
 * is imported: a site on the memory or PostgreSQL store need not install better-sqlite3, and
 * one on SQLite need not install pg. Both drivers are CommonJS, so this stays synchronous.
 */
export function loadDriver<T>(name: string, store: string, install: string): T {
  try {
    return require(name) as T;
  } catch (error) {
    if ((error as { code?: string }).code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes(`'${name}'`)) {
      throw new Error(`[consentry/server] ${store} needs the ${name} package: ${install}`);
    }
    throw error;
  }
}
