// A worker's code: the web-standard receiver alone, type-checked without Node's types
// (tsconfig.no-node.json). The README says what that needs: consentry/server's types name node:http.
import { createFetchReceiver, memoryRecordStore } from 'consentry/server';

export const receive: (request: Request) => Promise<Response> = (request) => createFetchReceiver({ store: memoryRecordStore() })(request);
