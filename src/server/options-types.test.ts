// The receiver's options as the README passes them: a value read from the environment
// (`adminToken: process.env.CONSENT_LOG_TOKEN`) is `string | undefined`, and the receiver takes
// `undefined` as "not set" (the default: lookups answer 403). Projects compiled with
// `exactOptionalPropertyTypes` (it is in @tsconfig/strictest) refused such a value for a
// property typed `adminToken?: string`, so the README's examples did not compile there.
import { fileURLToPath } from 'node:url';
import { typeErrors } from '../core/testing/type-errors';
import { describe, expect, it } from 'vitest';
import { createFetchReceiver } from './fetch-receiver';
import { memoryRecordStore } from './memory-store';
import { sampleRecord } from './testing/record-fixture';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Type-checks `source` as a file of this folder under strict + exactOptionalPropertyTypes. */
function typeErrorsHere(source: string): string[] {
  return typeErrors(`${here}readme-options.ts`, source, { exactOptionalPropertyTypes: true, resolveJsonModule: true, types: ['node'] }).map(
    (e) => `${e.line === null ? '' : `${e.line}: `}${e.message.replace(/\n/g, ' ')}`,
  );
}

describe('options read from the environment (string | undefined)', () => {
  it('compile under exactOptionalPropertyTypes, as the README writes them', { timeout: 60_000 }, () => {
    const errors = typeErrorsHere(`
      import { createFetchReceiver, createReceiver, memoryRecordStore, pgRecordStore, sqliteRecordStore } from './index';
      declare const env: Record<string, string | undefined>;
      declare const requestIP: { address: string } | null;
      const store = memoryRecordStore({ pageSize: undefined });
      createReceiver({ store, adminToken: env.CONSENT_LOG_TOKEN, basePath: env.BASE_PATH, maxBodyBytes: undefined, allowedOrigins: undefined, now: undefined, onError: undefined });
      createReceiver({ store, rateLimit: { records: undefined, admin: undefined, windowMs: undefined, clientAddress: undefined } });
      export const pg = pgRecordStore({ connectionString: env.DATABASE_URL, migrationConnectionString: env.DIRECT_DATABASE_URL, schema: env.PG_SCHEMA, ssl: undefined, maxConnections: undefined, timeoutMillis: undefined, pageSize: undefined, onCommit: undefined, onError: undefined });
      export const sqlite = () => sqliteRecordStore({ path: './data/consent-log.sqlite', pageSize: undefined, onCommit: undefined });
      const receive = createFetchReceiver({ store, basePath: '/consent-log' });
      export const answer = receive(new Request('http://127.0.0.1/consent-log'), { address: requestIP?.address });
    `);
    expect(errors).toEqual([]);
  });

  it('and the receiver takes undefined as not set: records are stored, lookups disabled', async () => {
    const receive = createFetchReceiver({ store: memoryRecordStore({ pageSize: undefined }), adminToken: undefined, maxBodyBytes: undefined, basePath: undefined, rateLimit: { records: undefined } });
    const posted = await receive(new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(sampleRecord()) }), { address: undefined });
    expect(posted.status).toBe(201);
    const lookup = await receive(new Request(`http://127.0.0.1/consents/${sampleRecord().consentId}`, { headers: { authorization: 'Bearer undefined' } }));
    expect(lookup.status).toBe(403);
  });
});
