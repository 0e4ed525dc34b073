import type { SayFrom } from '../core/messages';
import type { ScriptTagMessages } from './parts/messages';
import type { LoadPart } from './part-loader';

/**
 * Prints a message once its words have arrived: they live in the `messages` chunk, which a
 * page fetches only when it has something to say. Without it (offline, blocked), the key and
 * the values still reach the console.
 */
export function sayLater(load: LoadPart): SayFrom<ScriptTagMessages> {
  return (level, key, ...args) =>
    void load<{ messages: ScriptTagMessages }>('messages').then(
      (m) => console[level](`[consentry] ${(m.messages[key] as (...a: unknown[]) => string)(...args)}`),
      () => console[level](`[consentry] ${key}`, ...args),
    );
}
