import { CHUNKS } from 'consentry:chunks';

/** The parts of the script-tag build: each in a chunk fetched only when a visit needs it. */
export type PartName = 'messages' | 'validate' | 'decisions' | 'consent-document' | 'cleanup' | 'placeholder' | 'banner' | 'dialog' | `texts-${string}` | `dialog-texts-${string}`;
/** A chunk as the build wrote it down: `[file relative to consentry.js, integrity, the parts it provides]`. */
export type ChunkEntry = (typeof CHUNKS)[number];
/** Fetches a part by name, or a chunk another chunk carries the entry of (it provides one part). */
export type LoadPart = <T>(part: PartName | ChunkEntry) => Promise<T>;

/** The script element a chunk calls back on, through `document.currentScript`: no global is needed. */
type ChunkScript = HTMLScriptElement & { consentry?: ((parts: Record<string, unknown>) => void) | Record<string, unknown> };

/**
 * Fetches the chunk that has a part, once, in parallel with any other: a classic script with
 * the page's nonce and the integrity hash the build wrote into this file, so a CDN (or anyone
 * on the way) cannot change what runs. A chunk that fails its integrity check never runs, and
 * the promise rejects with the reason. A part already on its way in another chunk is taken
 * from there.
 */
export function partLoader(base: string, nonce: string | undefined): LoadPart {
  const chunks: Record<string, Promise<Record<string, unknown>>> = {};
  const fetchChunk = ([file, integrity]: readonly string[]) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const script: ChunkScript = document.createElement('script');
      script.src = new URL(file!, new URL(base, document.baseURI)).href; // a relative chunkBase is the page's
      script.integrity = integrity!;
      script.crossOrigin = 'anonymous';
      if (nonce) script.nonce = nonce;
      script.consentry = (parts) => resolve((script.consentry = parts) as Record<string, unknown>);
      script.onload = script.onerror = () => {
        if (typeof script.consentry !== 'function') return; // it ran
        delete chunks[file!]; // it may be tried again later
        reject(new Error(`could not load ${script.src} (blocked, changed since the build, or not found)`));
      };
      document.head.append(script);
    });
  return <T>(part: PartName | ChunkEntry) => {
    const having = typeof part === 'string' ? CHUNKS.filter((chunk) => chunk[2].split(' ').includes(part)) : [part];
    const chunk = having.find(([file]) => file in chunks) ?? having[0]!;
    return (chunks[chunk[0]] ??= fetchChunk(chunk)).then((parts) => parts[typeof part === 'string' ? part : part[2]] as T);
  };
}
