import { beforeAll, describe, expect, test, vi } from 'vitest';
import { Outbox, backoff } from './outbox';
import { fakeEnv, settle } from './testing/fake-env';
import { sayThrough } from './messages';
import type { SendResult, Transport } from './transports';
import type { ConsentRecord } from './types';
import { memoryOutbox } from '../storage/memory-store';
import { PAGE_LOAD_RETRIES } from './page-load-retries';

// The words of the rarer lines are a dynamic import: loaded once here, a settle() is enough to see them said (or not).
beforeAll(() => import('./message-words'));

let counter = 0;
function record(consentId = 'CcCcCcCcCcCcCcCcCcCcCc'): ConsentRecord {
  counter += 1;
  const id = `record-${String(counter).padStart(10, '0')}`;
  return {
    schema: 1,
    recordId: id,
    consentId,
    sequence: counter,
    timestamp: '2026-01-15T12:00:00.000Z',
    action: 'accept_all',
    layer: 'banner',
    categories: { necessary: true },
    services: {},
    policy: { revision: '1', url: 'https://shop.test/privacy' },
    library: { name: 'consentry', version: '0.1.0' },
    bannerVersion: '1',
    locale: 'en',
    origin: 'https://shop.test',
    gpc: false,
  };
}

/** A destination that answers what the test says, and remembers what it was sent. */
function destination(name: string, answer: (r: ConsentRecord) => SendResult | Promise<SendResult> = () => 'ok') {
  const sent: string[] = [];
  const exits: string[] = [];
  const transport: Transport = {
    name,
    async send(r) {
      sent.push(r.recordId);
      return answer(r);
    },
    sendOnExit: (r) => void exits.push(r.recordId),
  };
  return { transport, sent, exits };
}

function outbox(transports: Transport[], store = memoryOutbox(), maxQueued = 50) {
  const fake = fakeEnv();
  const box = new Outbox({ store, transports, maxQueued, keepDays: 182, now: fake.now, env: fake.env, say: sayThrough(fake.env.log) });
  return { box, store, fake };
}

describe('backoff', () => {
  test('2 s, 4 s, 8 s… capped at 10 minutes, with ±20 % jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((n) => backoff(n, false, mid))).toEqual([2000, 4000, 8000, 16000]);
    expect(backoff(30, false, mid)).toBe(600_000);
    expect(backoff(1, false, () => 0)).toBe(1600);
    expect(backoff(1, false, () => 0.999999)).toBe(2400);
    expect(backoff(0, false, mid)).toBe(2000);
  });

  test('a record refused alone (marked at its second failure at the soonest): an hour, 2, 4… capped at a day', () => {
    const mid = () => 0.5;
    const hour = 3_600_000;
    expect([2, 3, 4, 5, 6].map((n) => backoff(n, true, mid))).toEqual([hour, 2 * hour, 4 * hour, 8 * hour, 16 * hour]);
    expect(backoff(7, true, mid)).toBe(24 * hour);
    expect(backoff(40, true, mid)).toBe(24 * hour);
    expect(backoff(2, true, () => 0)).toBe(0.8 * hour);
  });
});

describe('Outbox', () => {
  test('with no destination nothing is queued', () => {
    const { box, store } = outbox([]);
    box.add(record());
    expect(store.entries).toEqual([]);
  });

  test('delivers in the order the records were made, then empties', async () => {
    const d = destination('endpoint');
    const { box, store } = outbox([d.transport]);
    const [a, b, c] = [record(), record(), record()];
    box.add(a);
    box.add(b);
    box.add(c);
    await box.flush();
    expect(d.sent).toEqual([a.recordId, b.recordId, c.recordId]);
    expect(store.entries).toEqual([]);
  });

  test('"retry" keeps the record with its attempt count and next time; "drop" removes it', async () => {
    let answer: SendResult = 'retry';
    const d = destination('endpoint', () => answer);
    const { box, store, fake } = outbox([d.transport]);
    const r = record();
    box.add(r);
    await box.flush();
    expect(store.entries).toHaveLength(1);
    expect(store.entries[0]).toMatchObject({ pending: ['endpoint'], attempts: 1 });
    const wait = store.entries[0]!.nextAttemptAt - fake.now();
    expect(wait).toBeGreaterThanOrEqual(1600);
    expect(wait).toBeLessThanOrEqual(2400);
    answer = 'drop';
    await box.flush(true);
    expect(store.entries).toEqual([]);
    expect(d.sent).toEqual([r.recordId, r.recordId]);
  });

  test('a record not yet due waits; flush(true) ignores the backoff', async () => {
    const d = destination('endpoint', () => 'retry');
    const { box } = outbox([d.transport]);
    box.add(record());
    await box.flush();
    await box.flush();
    expect(d.sent).toHaveLength(1);
    await box.flush(true);
    expect(d.sent).toHaveLength(2);
  });

  test("a new page load ('pageLoad') retries at once until a record has failed PAGE_LOAD_RETRIES times, then waits out its backoff, as the boot file does; back online still retries at once", async () => {
    const d = destination('endpoint', () => 'retry'); // a log answering 404 until it is deployed
    const { box, fake } = outbox([d.transport]);
    box.add(record());
    for (let load = 0; load < PAGE_LOAD_RETRIES; load++) await box.flush('pageLoad');
    expect(d.sent).toHaveLength(PAGE_LOAD_RETRIES);
    await box.flush('pageLoad');
    expect(d.sent).toHaveLength(PAGE_LOAD_RETRIES);
    // The open page sends it once it is due.
    fake.advance(fake.pendingTimers()[0]!);
    await settle();
    expect(d.sent).toHaveLength(PAGE_LOAD_RETRIES + 1);
    await box.flush(true);
    expect(d.sent).toHaveLength(PAGE_LOAD_RETRIES + 2);
  });

  test('the retry timer fires when the backoff is over, with growing delays', async () => {
    let answer: SendResult = 'retry';
    const d = destination('endpoint', () => answer);
    const { box, fake } = outbox([d.transport]);
    box.add(record());
    await box.flush();
    expect(fake.pendingTimers()).toHaveLength(1);
    const first = fake.pendingTimers()[0]!;
    fake.advance(first - 1);
    await settle();
    expect(d.sent).toHaveLength(1);
    fake.advance(1);
    await settle();
    expect(d.sent).toHaveLength(2);
    const second = fake.pendingTimers()[0]!;
    expect(second).toBeGreaterThanOrEqual(3200); // 4 s ±20 %
    answer = 'ok';
    fake.advance(second);
    await settle();
    expect(d.sent).toHaveLength(3);
    expect(fake.pendingTimers()).toEqual([]);
  });

  test('an endpoint failing for every record gets two requests a pass, the oldest and one newer, and the newer ones wait behind', async () => {
    const d = destination('endpoint', () => 'retry');
    const { box, store, fake } = outbox([d.transport]);
    const [a, b, c] = [record(), record(), record()];
    for (const r of [a, b, c]) box.add(r);
    await box.flush();
    expect(d.sent).toEqual([a.recordId, b.recordId]);
    fake.advance(fake.pendingTimers()[0]!);
    await settle();
    expect(d.sent).toEqual([a.recordId, b.recordId, a.recordId, b.recordId]);
    expect(store.entries.map((e) => e.record.recordId)).toEqual([a.recordId, b.recordId, c.recordId]);
    await settle();
    expect(fake.errors).toEqual([]);
  });

  test('a record the endpoint refuses alone (a firewall answering 403 to its body) holds back newer ones no longer: they go, it stays queued and is retried, with one error naming it and the status', async () => {
    const store = memoryOutbox();
    let blocked = '';
    const d = destination('endpoint', (r) => (r.recordId === blocked ? 403 : 'ok'));
    const { box, fake } = outbox([d.transport], store);
    const [a, withdrawal] = [record(), { ...record(), action: 'withdraw' as const }];
    blocked = a.recordId;
    box.add(a);
    box.add(withdrawal);
    await box.flush();
    // Tried again once the withdrawal is taken: refused again, it is its body that is refused.
    expect(d.sent).toEqual([a.recordId, withdrawal.recordId, a.recordId]);
    expect(store.entries.map((e) => e.record.recordId)).toEqual([a.recordId]);
    await vi.waitFor(() => expect(fake.errors).toHaveLength(1)); // its words are a dynamic import
    expect(fake.errors[0]).toContain(a.recordId);
    expect(fake.errors[0]).toContain('HTTP 403');
    // Known now, in the shared outbox: another tab's newer record does not wait for its backoff either, and the error is not said again.
    const tab = outbox([d.transport], store);
    const c = record();
    tab.box.add(c);
    await tab.box.flush();
    expect(d.sent).toEqual([a.recordId, withdrawal.recordId, a.recordId, c.recordId]);
    // It is still retried when due: a fixed firewall rule delivers it.
    blocked = '';
    fake.advance(fake.pendingTimers()[0]!);
    await settle();
    expect(d.sent).toEqual([a.recordId, withdrawal.recordId, a.recordId, c.recordId, a.recordId]);
    expect(store.entries).toEqual([]);
    await settle();
    expect([...fake.errors, ...tab.fake.errors]).toHaveLength(1);
  });

  test('a record refused alone waits hours, not minutes: its timer, the next page load and the next pass leave it until its backoff (an hour, then 2…) is over; back online tries it', async () => {
    const hour = 3_600_000;
    const store = memoryOutbox();
    let blocked = '';
    const d = destination('endpoint', (r) => (r.recordId === blocked ? 403 : 'ok'));
    const { box, fake } = outbox([d.transport], store);
    const [a, b] = [record(), record()];
    blocked = a.recordId;
    box.add(a);
    box.add(b);
    await box.flush();
    expect(store.entries).toEqual([expect.objectContaining({ refusedAlone: ['endpoint'], attempts: 2 })]);
    const wait = () => store.entries[0]!.nextAttemptAt - fake.now();
    expect(wait()).toBeGreaterThanOrEqual(0.8 * hour);
    expect(wait()).toBeLessThanOrEqual(1.2 * hour);
    // No short timer: the one armed is for it, when its backoff is over.
    expect(fake.pendingTimers()).toEqual([wait()]);
    // A new page load (fewer than PAGE_LOAD_RETRIES failures) and a pass for a newer record leave it waiting.
    const reload = outbox([d.transport], store);
    await reload.box.flush('pageLoad');
    const c = record();
    reload.box.add(c);
    await reload.box.flush();
    expect(d.sent).toEqual([a.recordId, b.recordId, a.recordId, c.recordId]);
    expect(reload.fake.pendingTimers()).toEqual([wait()]);
    // Due: tried, refused again, it waits twice as long.
    fake.advance(wait());
    await settle();
    expect(d.sent).toEqual([a.recordId, b.recordId, a.recordId, c.recordId, a.recordId]);
    expect(wait()).toBeGreaterThanOrEqual(1.6 * hour);
    expect(fake.pendingTimers()).toEqual([wait()]);
    // Back online (or the site's flush()) tries it at once.
    await box.flush(true);
    expect(d.sent).toHaveLength(6);
    reload.box.stop();
  });

  test('a record refused alone is given up once older than keepDays (the choice it proves has expired), with one error naming it', async () => {
    const store = memoryOutbox();
    let blocked = '';
    const d = destination('endpoint', (r) => (r.recordId === blocked ? 403 : 'ok'));
    const first = outbox([d.transport], store);
    const [a, b] = [record(), record()];
    blocked = a.recordId;
    first.box.add(a);
    first.box.add(b);
    await first.box.flush();
    first.box.stop();
    expect(store.entries).toEqual([expect.objectContaining({ refusedAlone: ['endpoint'] })]);
    const later = outbox([d.transport], store);
    later.fake.advance(182 * 86_400_000);
    await later.box.flush(true);
    // Not older than 182 days yet: still tried.
    expect(store.entries).toHaveLength(1);
    expect(d.sent).toEqual([a.recordId, b.recordId, a.recordId, a.recordId]);
    later.fake.advance(1);
    await later.box.flush(true);
    expect(store.entries).toEqual([]);
    expect(d.sent).toHaveLength(4);
    await settle();
    expect(later.fake.errors).toHaveLength(1);
    expect(later.fake.errors[0]).toBe(`record ${a.recordId} (accept_all, sequence ${a.sequence}) waited over 182 days for endpoint, which refused it alone all along; dropped for it.`);
    expect(later.fake.pendingTimers()).toEqual([]);
  });

  test("past keepDays, a record refused alone is given up by the destination that refused it only: the page's onRecord, which never did, keeps it pending", async () => {
    const store = memoryOutbox();
    let blocked = '';
    let calls: SendResult = 'retry';
    const d = destination('endpoint', (r) => (r.recordId === blocked ? 403 : 'ok'));
    const cb = destination('callback', (r) => (r.recordId === blocked ? calls : 'ok'));
    const first = outbox([d.transport, cb.transport], store);
    const [a, b] = [record(), record()];
    blocked = a.recordId;
    first.box.add(a);
    first.box.add(b);
    await first.box.flush();
    first.box.stop();
    expect(store.entries).toEqual([expect.objectContaining({ pending: ['endpoint', 'callback'], refusedAlone: ['endpoint'] })]);
    const later = outbox([d.transport, cb.transport], store);
    later.fake.advance(182 * 86_400_000 + 1);
    await later.box.flush(true);
    // Before, it was dropped for both.
    expect(store.entries).toEqual([expect.objectContaining({ pending: ['callback'] })]);
    await settle();
    expect(later.fake.errors).toEqual([`record ${a.recordId} (accept_all, sequence ${a.sequence}) waited over 182 days for endpoint, which refused it alone all along; dropped for it.`]);
    // Tried for the callback alone from then on, and done once it takes it.
    calls = 'ok';
    await later.box.flush(true);
    expect(d.sent.filter((id) => id === a.recordId)).toHaveLength(2);
    expect(cb.sent.filter((id) => id === a.recordId)).toHaveLength(4);
    expect(store.entries).toEqual([]);
    later.box.stop();
  });

  test('past keepDays, a record marked refused alone by an earlier version (naming no destination) is given up by all its destinations, as then', async () => {
    const store = memoryOutbox();
    const a = record();
    store.put({ record: a, pending: ['endpoint', 'callback'], attempts: 9, nextAttemptAt: 0, refusedAlone: true });
    const later = outbox([destination('endpoint').transport, destination('callback').transport], store);
    later.fake.advance(182 * 86_400_000 + 1);
    await later.box.flush(true);
    expect(store.entries).toEqual([]);
    await settle();
    expect(later.fake.errors).toEqual([`record ${a.recordId} (accept_all, sequence ${a.sequence}) waited over 182 days for endpoint, callback, which refused it alone all along; dropped for them.`]);
  });

  test('passing trouble (503) for the oldest while the next one is taken: the next goes, the oldest is retried, nothing is marked or said', async () => {
    let first = '';
    const d = destination('endpoint', (r) => (r.recordId === first ? 503 : 'ok'));
    const { box, store, fake } = outbox([d.transport]);
    const [a, b] = [record(), record()];
    first = a.recordId;
    box.add(a);
    box.add(b);
    await box.flush();
    expect(d.sent).toEqual([a.recordId, b.recordId]);
    expect(store.entries).toEqual([expect.objectContaining({ attempts: 1 })]);
    expect(store.entries[0]!.refusedAlone).toBeUndefined();
    await settle();
    expect(fake.errors).toEqual([]);
  });

  test('a record never tried goes at once while an older one waits out its backoff; it is then held behind it if it fails too', async () => {
    let answer: SendResult = 'ok';
    const d = destination('endpoint', (r) => (r.sequence === first.sequence ? 'retry' : answer));
    const { box, store } = outbox([d.transport]);
    const first = record();
    box.add(first);
    await box.flush();
    const withdrawal = { ...record(), action: 'withdraw' as const };
    box.add(withdrawal);
    await box.flush();
    // Taken: the endpoint works, so the first is tried again at once (failing, but with no answer: nothing is marked).
    expect(d.sent).toEqual([first.recordId, withdrawal.recordId, first.recordId]);
    expect(store.entries.map((e) => e.record.recordId)).toEqual([first.recordId]);
    expect(store.entries[0]!.refusedAlone).toBeUndefined();
    answer = 'retry';
    const later = record();
    box.add(later);
    await box.flush();
    await box.flush();
    expect(d.sent).toEqual([first.recordId, withdrawal.recordId, first.recordId, later.recordId]);
  });

  test('a receiver deployed between two sends of one pass: the record its 404 failed is tried again at once and delivered, not marked refused alone', async () => {
    let deployed = false;
    const d = destination('endpoint', () => (deployed ? 'ok' : ((deployed = true), 404)));
    const { box, store, fake } = outbox([d.transport]);
    const [a, b] = [record(), record()];
    box.add(a);
    box.add(b);
    await box.flush();
    expect(d.sent).toEqual([a.recordId, b.recordId, a.recordId]);
    expect(store.entries).toEqual([]);
    await settle();
    expect(fake.errors).toEqual([]);
  });

  test('an endpoint answering 404 to all while another destination takes the newer record: the older one is not sent again in that pass', async () => {
    const endpoint = destination('endpoint', () => 404);
    const own = destination('onRecord');
    const { box, store } = outbox([endpoint.transport, own.transport]);
    const a = record();
    box.add(a);
    await box.flush();
    const b = record();
    box.add(b);
    await box.flush(true);
    expect(endpoint.sent).toEqual([a.recordId, a.recordId, b.recordId]);
    expect(store.entries.map((e) => e.refusedAlone)).toEqual([undefined, undefined]);
  });

  test('a record waiting after a 403 is tried again when a newer one is taken: a 403 again proves it is refused alone', async () => {
    let blocked = '';
    const d = destination('endpoint', (r) => (r.recordId === blocked ? 403 : 'ok'));
    const { box, store, fake } = outbox([d.transport]);
    const first = record();
    blocked = first.recordId;
    box.add(first);
    await box.flush();
    const withdrawal = { ...record(), action: 'withdraw' as const };
    box.add(withdrawal);
    await box.flush();
    expect(d.sent).toEqual([first.recordId, withdrawal.recordId, first.recordId]);
    expect(store.entries).toEqual([expect.objectContaining({ refusedAlone: ['endpoint'], attempts: 2 })]);
    await vi.waitFor(() => expect(fake.errors).toEqual([expect.stringContaining(`record ${first.recordId} (accept_all, sequence ${first.sequence}) keeps failing at endpoint (HTTP 403)`)]));
  });

  test('each destination is retried alone: one that confirmed is not sent the record again', async () => {
    let endpointAnswer: SendResult = 'retry';
    const callback = destination('callback');
    const endpoint = destination('endpoint', () => endpointAnswer);
    const { box, store } = outbox([callback.transport, endpoint.transport]);
    box.add(record());
    await box.flush();
    expect(store.entries[0]!.pending).toEqual(['endpoint']);
    endpointAnswer = 'ok';
    await box.flush(true);
    expect(callback.sent).toHaveLength(1);
    expect(endpoint.sent).toHaveLength(2);
    expect(store.entries).toEqual([]);
  });

  test('a destination this page does not have is another page\'s: its records wait, hold back nothing, arm no timer', async () => {
    const store = memoryOutbox();
    const theirs = record();
    outbox([destination('endpoint', () => 'retry').transport], store).box.add(theirs);
    // A page that sends nowhere, then one with only onRecord (an npm page beside a script-tag one).
    await outbox([], store).box.flush(true);
    const callback = destination('callback');
    const npm = outbox([callback.transport], store);
    await npm.box.flush(true);
    const ours = record();
    npm.box.add(ours);
    await npm.box.flush();
    expect(callback.sent).toEqual([ours.recordId]);
    expect(store.entries).toMatchObject([{ record: { recordId: theirs.recordId }, pending: ['endpoint'] }]);
    expect(npm.fake.pendingTimers()).toEqual([]);
    expect(npm.fake.errors).toEqual([]);
  });

  test('a record that waited longer than keepDays for a destination this page lacks is dropped for it, with an error', async () => {
    const store = memoryOutbox();
    const [gone, both] = [record(), record()];
    outbox([destination('callback', () => 'retry').transport], store).box.add(gone);
    outbox([destination('callback', () => 'retry').transport, destination('endpoint', () => 'retry').transport], store).box.add(both);
    const endpoint = destination('endpoint');
    const later = outbox([endpoint.transport], store);
    later.fake.advance(182 * 86_400_000);
    await later.box.flush(true);
    // Not older than 182 days yet: both wait for onRecord; this page sent its own part.
    expect(store.entries.map((e) => e.pending)).toEqual([['callback'], ['callback']]);
    expect(endpoint.sent).toEqual([both.recordId]);
    later.fake.advance(1);
    await later.box.flush(true);
    expect(store.entries).toEqual([]);
    expect(later.fake.errors).toEqual([
      `record ${gone.recordId} (accept_all, sequence ${gone.sequence}) waited over 182 days for callback, which this page does not have; dropped for it.`,
      `record ${both.recordId} (accept_all, sequence ${both.sequence}) waited over 182 days for callback, which this page does not have; dropped for it.`,
    ]);
  });

  test('a full outbox keeps the newest: the oldest record a later one of the same browser supersedes goes, with an error', () => {
    const { box, store, fake } = outbox([destination('endpoint').transport], memoryOutbox(), 3);
    const other = record('OoOoOoOoOoOoOoOoOoOoOo'); // another browser's record on this outbox (an older page's)
    const [a, b, c] = [record(), record(), record()];
    for (const r of [other, a, b, c]) box.add(r);
    // `other` is older than `a`, but nothing supersedes it: `a` goes, `b` carries its browser's current choice.
    expect(store.entries.map((e) => e.record.recordId)).toEqual([other.recordId, b.recordId, c.recordId]);
    expect(fake.errors.join('\n')).toContain(`record ${a.recordId} (accept_all, sequence ${a.sequence}) was dropped`);
  });

  test('a full outbox counts the incoming record as the later one: the record it supersedes goes, not another browser\'s', () => {
    const { box, store } = outbox([destination('endpoint').transport], memoryOutbox(), 2);
    const [other, c1, c2] = [record('OoOoOoOoOoOoOoOoOoOoOo'), record(), record()];
    for (const r of [other, c1, c2]) box.add(r);
    expect(store.entries.map((e) => e.record.recordId)).toEqual([other.recordId, c2.recordId]);
  });

  test('a full outbox with nothing superseded drops the oldest, never the newest', () => {
    const { box, store } = outbox([destination('endpoint').transport], memoryOutbox(), 2);
    const [a, b, c] = [record('AaAaAaAaAaAaAaAaAaAaAa'), record('BbBbBbBbBbBbBbBbBbBbBb'), record('DdDdDdDdDdDdDdDdDdDdDd')];
    for (const r of [a, b, c]) box.add(r);
    expect(store.entries.map((e) => e.record.recordId)).toEqual([b.recordId, c.recordId]);
  });

  test('overlapping flushes never send one record twice', async () => {
    // A page load's flush is still sending the first record when a decision starts another flush.
    const release: Array<() => void> = [];
    const d = destination('endpoint', () => new Promise<SendResult>((resolve) => release.push(() => resolve('ok'))));
    const store = memoryOutbox();
    const { box } = outbox([d.transport], store);
    const [a, b, c] = [record(), record(), record()];
    box.add(a);
    box.add(b);
    const first = box.flush(true);
    await settle();
    box.add(c);
    const second = box.flush();
    for (let i = 0; i < 10 && (release.length > 0 || d.sent.length < 3); i++) {
      release.splice(0).forEach((go) => go());
      await settle();
    }
    await Promise.all([first, second]);
    expect(d.sent.sort()).toEqual([a.recordId, b.recordId, c.recordId].sort());
    expect(store.entries).toEqual([]);
  });

  test('flush() resolves only when a send already under way is over', async () => {
    let release: (() => void) | undefined;
    const d = destination('callback', () => new Promise<SendResult>((resolve) => (release = () => resolve('ok'))));
    const { box, store } = outbox([d.transport]);
    box.add(record());
    void box.flush(); // a decision's flush, still waiting on the callback
    await settle();
    let done = false;
    const explicit = box.flush(true).then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    release!();
    await explicit;
    expect(store.entries).toEqual([]);
    expect(d.sent).toHaveLength(1);
  });

  test('two tabs sharing one outbox do not lose each other\'s records', async () => {
    const store = memoryOutbox();
    let release: (() => void) | undefined;
    const slow = destination('endpoint', () => new Promise<SendResult>((resolve) => (release = () => resolve('retry'))));
    const tabA = outbox([slow.transport], store);
    const tabB = outbox([destination('endpoint', () => 'retry').transport], store);
    const a = record();
    const b = record();
    tabA.box.add(a);
    const sending = tabA.box.flush(); // A is waiting on the network…
    await settle();
    tabB.box.add(b); // …while B queues its own record
    release!();
    await sending;
    expect(store.entries.map((e) => e.record.recordId).sort()).toEqual([a.recordId, b.recordId].sort());
    const entryA = store.entries.find((e) => e.record.recordId === a.recordId)!;
    expect(entryA.attempts).toBe(1);
  });

  test('sendOnExit hands every record still pending to each destination\'s exit path; they stay queued', async () => {
    const d = destination('endpoint', () => 'retry');
    const { box, store } = outbox([d.transport]);
    const r = record();
    box.add(r);
    box.sendOnExit();
    expect(d.exits).toEqual([r.recordId]);
    expect(store.entries).toHaveLength(1);
    expect(box.pendingCount()).toBe(1);
  });

  test('sendOnExit leaves a record refused alone until its backoff is over: every page leaving a beacon its firewall refuses is what the backoff spares', async () => {
    let blocked = '';
    const d = destination('endpoint', (r) => (r.recordId === blocked ? 403 : 'ok'));
    const { box, store, fake } = outbox([d.transport]);
    const [a, b] = [record(), record()];
    blocked = a.recordId;
    box.add(a);
    box.add(b);
    await box.flush();
    expect(store.entries).toEqual([expect.objectContaining({ refusedAlone: ['endpoint'] })]);
    box.sendOnExit();
    expect(d.exits).toEqual([]);
    box.stop();
    fake.advance(store.entries[0]!.nextAttemptAt - fake.now());
    box.sendOnExit();
    expect(d.exits).toEqual([a.recordId]);
  });

  test('stop() cancels the retry timer and later flushes', async () => {
    const d = destination('endpoint', () => 'retry');
    const { box, fake } = outbox([d.transport]);
    box.add(record());
    await box.flush();
    expect(fake.pendingTimers()).toHaveLength(1);
    box.stop();
    expect(fake.pendingTimers()).toEqual([]);
    await box.flush(true);
    expect(d.sent).toHaveLength(1);
  });
});
