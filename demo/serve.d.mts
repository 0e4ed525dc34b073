// Types for demo/serve.mjs, for the e2e specs that start the demo in-process.
import type { SqliteRecordStore } from '../src/server/sqlite-store';

export interface StubLogEntry {
  seq: number;
  at: string;
  site: string | null;
  standsFor: string;
  kind: 'script' | 'hit' | 'session replay' | 'embed' | 'other';
  path: string;
}

export interface RunningDemo {
  url: string;
  port: number;
  dbPath: string;
  /** This start created the log's file (a new, empty log). */
  logCreated: boolean;
  adminToken: string;
  store: SqliteRecordStore;
  stubLog: { entries: StubLogEntry[]; forSite(site: string | null): StubLogEntry[]; clear(site?: string | null): void };
  siteUrl(site: string): string;
  setReceiverAvailable(available: boolean): void;
  close(): Promise<void>;
}

export const SITES: string[];
/** What `node demo/serve.mjs` prints once started. */
export function startLines(demo: RunningDemo): string[];
export const DEFAULT_ADMIN_TOKEN: string;
export function startDemo(options?: {
  port?: number;
  host?: string;
  dataDir?: string;
  dbPath?: string;
  adminToken?: string;
  /** The receiver module; default dist/server (tests pass src/server). */
  serverModule?: Pick<typeof import('../src/server/index'), 'createReceiver' | 'sqliteRecordStore'>;
  /** `consentry/consent-document`; default dist/esm (tests pass src). */
  consentDocumentModule?: typeof import('../src/consent-document');
}): Promise<RunningDemo>;
