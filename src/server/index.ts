/**
 * `consentry/server`: a reference consent-log receiver for Node. It stores each
 * consent record exactly once (by recordId), stamps its own receive time, and lets an
 * admin look up one browser's proof of consent or export a time range.
 */
export { createReceiver, DEFAULT_MAX_BODY_BYTES } from './receiver';
export type { ReceiverHandler, ReceiverOptions } from './receiver';
export type { AllowedOrigins } from './cors';
export type { Awaitable, RecordStore, StoredRecord, SyncRecordStore } from './store';
export { memoryRecordStore } from './memory-store';
export { sqliteRecordStore } from './sqlite-store';
export type { SqliteStoreOptions } from './sqlite-store';
export { checkRecord } from './validate-record';
export type { RecordCheck } from './validate-record';
export { toCsv } from './csv';
export type { ConsentRecord } from '../core/types';
