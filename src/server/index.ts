/**
 * `consentry/server`: a reference consent-log receiver. It stores each consent record exactly
 * once (by recordId), stamps its own receive time, and lets an admin look up one browser's
 * proof of consent or export a time range. Importing it loads no database driver and no ajv:
 * each store loads its own driver when it is created.
 */
export { createFetchReceiver, DEFAULT_MAX_BODY_BYTES } from './fetch-receiver';
export type { ClientInfo, FetchReceiver, ReceiverOptions } from './fetch-receiver';
export { createReceiver } from './receiver';
export type { ReceiverHandler } from './receiver';
export type { RateLimitOptions } from './rate-limit';
export type { AllowedOrigins } from './cors';
export type { Awaitable, InsertOutcome, InsertResult, LocalRecordStore, RecordPages, RecordStore, StoredRecord } from './store';
export { sameRecord } from './same-record';
export { memoryRecordStore } from './memory-store';
export type { MemoryStoreOptions } from './memory-store';
export { sqliteRecordStore } from './sqlite-store';
export type { SqliteRecordStore, SqliteStoreOptions } from './sqlite-store';
export { pgRecordStore } from './pg-store';
export type { PgRecordStore, PgStoreOptions } from './pg-store';
export { checkRecord } from './validate-record';
export type { RecordCheck } from './validate-record';
export { toCsv } from './csv';
export type { ExportFormat } from './export-body';
export type { ConsentRecord } from '../core/types';
