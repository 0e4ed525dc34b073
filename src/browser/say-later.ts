import type { SayFrom } from '../core/messages';
import type { ScriptTagMessages } from './parts/messages';
import type { LoadPart } from './part-loader';

/**
 * Prints a message once its words have arrived: they live in the `messages` chunk, which a
 * page fetches only when it has something to say. Without it, the key and the values still
 * reach the console, with why the words did not come (the loader's reason names the chunk's
 * URL) and where to look: most often every chunk 404s, consentry.js being served from a URL
 * whose folder has no chunks/ (a CDN's short URL, `/npm/consentry`) and no `ui.chunkBase`.
 * The browser's own line gives the status, never what to set. 16 B in consentry.js (brotli);
 * ", where the chunks are served" would be 11 more, which the URL beside it says.
 */
export function sayLater(load: LoadPart): SayFrom<ScriptTagMessages> {
  return (level, key, ...args) =>
    void load<{ messages: ScriptTagMessages }>('messages').then(
      (m) => console[level](`[consentry] ${(m.messages[key] as (...a: unknown[]) => string)(...args)}`),
      (error) => console[level](`[consentry] ${key}`, ...args, `(no words for this key: ${error}; check ui.chunkBase)`),
    );
}
