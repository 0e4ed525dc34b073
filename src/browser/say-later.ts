import type { Messages, Say } from '../core/messages';
import type { ChunkName } from './chunk-names';

/**
 * Prints a message once its words have arrived: they live in the `messages` chunk, which a
 * page fetches only when it has something to say. Without it (offline, blocked), the key and
 * the values still reach the console.
 */
export function sayLater(load: <T>(name: ChunkName) => Promise<T>): Say {
  return (level, key, ...args) =>
    void load<{ MESSAGES: Messages }>('messages').then(
      (m) => console[level](`[consentry] ${(m.MESSAGES[key] as (...a: unknown[]) => string)(...args)}`),
      () => console[level](`[consentry] ${key}`, ...args),
    );
}
