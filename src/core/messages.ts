import type { MESSAGES, THROWERS } from './message-words';

export type Messages = typeof MESSAGES;
export type MessageKey = keyof Messages;
/** What the instance names when something it runs throws (message-words.ts). */
export type Thrower = keyof typeof THROWERS;

/** Prints a message by key, once its words have arrived (a lazy chunk for npm, the `messages` chunk for the script tag). */
export type Say = SayFrom<Messages>;
/** The same over another table of words (the script tag's has a few of its own). */
export type SayFrom<M extends Record<string, (...args: never[]) => string>> = <K extends keyof M>(level: 'warn' | 'error', key: K, ...args: Parameters<M[K]>) => void;

/**
 * Prints through `log` (npm builds and tests) once the words have arrived: a lazy chunk for the
 * app's bundler, so an app whose consent has nothing to say does not download them (1.6 KB minified).
 * Messages keep their order.
 */
export function sayThrough(log: { warn(m: string): void; error(m: string): void }): Say {
  return (level, key, ...args) =>
    void import('./message-words').then(
      (m) => log[level]((m.MESSAGES[key] as (...a: unknown[]) => string)(...args)),
      () => log[level](`${key} ${args.map(String).join(', ')}`), // offline, or the chunk is gone: the key and the values still say what happened
    );
}
