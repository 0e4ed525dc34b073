import type { Environment } from '../environment';
import type { ConsentRecord } from '../types';

type EventName = Parameters<Environment['listen']>[0];

/**
 * A fresh, fully controlled environment for one test: a clock, timers that run only when
 * the test advances the clock, window events the test fires, and a logger that keeps
 * every message. Nothing here is shared between tests.
 */
export function fakeEnv(overrides: Partial<Environment> = {}) {
  let time = Date.UTC(2026, 0, 15, 12, 0, 0);
  let nextTimer = 1;
  const timers = new Map<number, { fn: () => void; at: number }>();
  const listeners = new Map<EventName, Set<() => void>>();
  const errors: string[] = [];
  const warnings: string[] = [];

  const env: Environment = {
    origin: 'https://shop.test',
    secure: true,
    gpc: false,
    documentLang: () => null,
    browserLanguages: () => [],
    fetch: undefined,
    sendBeacon: undefined,
    listen(event, fn) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(fn);
      return () => set!.delete(fn);
    },
    setTimeout(fn, ms) {
      const id = nextTimer++;
      timers.set(id, { fn, at: time + ms });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    randomBytes(length) {
      const bytes = new Uint8Array(length);
      globalThis.crypto.getRandomValues(bytes);
      return bytes;
    },
    log: { error: (m) => errors.push(m), warn: (m) => warnings.push(m) },
    tellOtherTabs: () => {},
    ...overrides,
  };

  return {
    env,
    errors,
    warnings,
    now: () => time,
    /** Moves the clock; timers that fall due run, in order. */
    advance(ms: number) {
      const until = time + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        time = Math.max(time, due[1].at);
        due[1].fn();
      }
      time = until;
    },
    /** Fires a window event (`online`, `focus`…) at whoever listens. */
    fire(event: EventName) {
      for (const fn of [...(listeners.get(event) ?? [])]) fn();
    },
    listenerCount: (event: EventName) => listeners.get(event)?.size ?? 0,
    pendingTimers: () => [...timers.values()].map((t) => t.at - time),
  };
}

/** Lets pending promise chains (fake fetches, callbacks) run to the end. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A consent-log receiver behind a fake `fetch`. `status` is what it answers now:
 * an HTTP status, or `'network'` to fail the way an unreachable server does.
 */
export function fakeServer(status: number | 'network' = 200) {
  const server = {
    status,
    calls: [] as Array<{ url: string; init: RequestInit; record: ConsentRecord; status: number | 'network' }>,
    /** Record ids the server accepted (2xx), in order, one entry per accepted request. */
    accepted(): string[] {
      return server.calls.filter((c) => typeof c.status === 'number' && c.status < 300).map((c) => c.record.recordId);
    },
    fetch: (async (url: string | URL | Request, init?: RequestInit) => {
      const answer = server.status;
      server.calls.push({ url: String(url), init: init ?? {}, record: JSON.parse(String(init?.body)) as ConsentRecord, status: answer });
      if (answer === 'network') throw new TypeError('Failed to fetch');
      return new Response(null, { status: answer });
    }) as typeof fetch,
  };
  return server;
}
