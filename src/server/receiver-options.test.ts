import { describe, expect, it } from 'vitest';
import { createFetchReceiver, type ReceiverOptions } from './fetch-receiver';
import { memoryRecordStore } from './memory-store';
import { createReceiver } from './receiver';

/** Options as a JavaScript project (no type-checker) or a value read from the environment gives them. */
function make(options: Record<string, unknown>) {
  return () => createFetchReceiver({ store: memoryRecordStore(), ...options } as ReceiverOptions);
}

describe('receiver options are checked when it is created', () => {
  it("takes the README's options, and undefined as not set", () => {
    expect(make({ adminToken: 'token', allowedOrigins: ['https://shop.example', 'http://localhost:3000'], maxBodyBytes: 16 * 1024, basePath: '/consent-log', rateLimit: { records: 120, admin: 30 } })).not.toThrow();
    expect(make({ allowedOrigins: '*', basePath: '', rateLimit: { records: 0, windowMs: 1000, clientAddress: () => undefined } })).not.toThrow();
    expect(make({ adminToken: undefined, allowedOrigins: undefined, maxBodyBytes: undefined, basePath: undefined, rateLimit: undefined, now: undefined, onError: undefined })).not.toThrow();
  });

  // Each of these used to refuse every browser's record (403) with nothing said at start.
  it('refuses an origin written otherwise than a browser sends it, naming the one it sends', () => {
    expect(make({ allowedOrigins: ['https://shop.example/'] })).toThrow('options.allowedOrigins[0]: got "https://shop.example/"; expected an origin as browsers send it: "https://shop.example"');
    expect(make({ allowedOrigins: ['https://shop.example', 'https://Blog.example'] })).toThrow('options.allowedOrigins[1]: got "https://Blog.example"; expected an origin as browsers send it: "https://blog.example"');
    expect(make({ allowedOrigins: ['shop.example'] })).toThrow('expected an origin as browsers send it: "https://shop.example"');
    expect(make({ allowedOrigins: ['https://shop.example:443'] })).toThrow('"https://shop.example"');
    expect(make({ allowedOrigins: ['null'] })).toThrow('options.allowedOrigins[0]: got "null"; expected an origin: scheme and host');
  });

  it("takes an app's or an extension's origin as it is sent (capacitor://localhost), as it served them before the check", () => {
    const apps = ['capacitor://localhost', 'tauri://localhost', 'chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'ionic://localhost:8100'];
    expect(make({ allowedOrigins: apps })).not.toThrow();
    expect(make({ allowedOrigins: ['capacitor://localhost/'] })).toThrow('options.allowedOrigins[0]: got "capacitor://localhost/"; expected an origin: scheme and host');
  });

  // A string was matched with String#includes: any part of it was an allowed origin.
  it('refuses origins in one string, which matched any part of it', () => {
    expect(make({ allowedOrigins: 'https://a.example,https://b.example' })).toThrow(`options.allowedOrigins: got "https://a.example,https://b.example"; expected '*' or an array of origins`);
  });

  it('refuses a basePath without its leading slash, which answered 404 to everything', () => {
    expect(make({ basePath: 'consent-log' })).toThrow('options.basePath: got "consent-log"; expected a path from the root: "/consent-log"');
  });

  it('refuses sizes and limits that are not numbers, which turned their checks off', () => {
    expect(make({ maxBodyBytes: '16kb' })).toThrow('options.maxBodyBytes: got "16kb"; expected a whole number of bytes');
    expect(make({ rateLimit: { records: '120', admin: 1.5, windowMs: 0 } })).toThrow(/rateLimit\.records: got "120"[^]*rateLimit\.admin: got 1\.5[^]*rateLimit\.windowMs: got 0/);
  });

  // An admin token from a number (a YAML config) made every lookup a 500: hashing it threw.
  it('refuses an admin token that is not a string', () => {
    expect(make({ adminToken: 12345 })).toThrow('options.adminToken: got 12345; expected a string');
  });

  it('refuses a store not awaited, which answered 503 to every record', () => {
    const pending = Promise.resolve(memoryRecordStore());
    expect(() => createReceiver({ store: pending as never })).toThrow('options.store: got a Promise; expected the store itself: await pgRecordStore(…)');
    expect(make({ store: {} })).toThrow('options.store: got [object Object]; expected a store with insert, byConsentId, range and count');
  });

  it('names every problem at once', () => {
    expect(make({ basePath: 'x', maxBodyBytes: -1, allowedOrigins: ['https://a.example/'] })).toThrow(/invalid receiver options:\n {2}options\.maxBodyBytes[^\n]*\n {2}options\.allowedOrigins\[0\][^\n]*\n {2}options\.basePath/);
  });
});
