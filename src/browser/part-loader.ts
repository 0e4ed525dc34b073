import { CHUNKS } from 'consentry:chunks';

/** The parts of the script-tag build: each in a chunk fetched only when a visit needs it. */
export type PartName =
  | 'messages'
  | 'core'
  | 'first'
  | 'validate'
  | 'decisions'
  | 'consent-document'
  | 'cleanup'
  | 'placeholder'
  | 'banner'
  | 'notices'
  | 'dialog'
  | `texts-${string}`
  | `checked-${string}`
  | `dialog-texts-${string}`
  | `document-words-${string}`;
export type LoadPart = <T>(name: PartName) => Promise<T>;
type Entry = (typeof CHUNKS)[number];

/** The script element a chunk calls back on, through `document.currentScript`: no global is needed. */
type Parts = Record<string, unknown> & { chunks?: readonly Entry[]; later?: readonly Entry[] };
type ChunkScript = HTMLScriptElement & { consentry?: ((parts: Parts) => void) | Parts };

/**
 * Fetches the chunk that has a part, once, in parallel with any other: a classic script with
 * the page's nonce and the integrity hash the build wrote into this file, so a CDN (or anyone
 * on the way) cannot change what runs. A chunk that fails its integrity check never runs, and
 * the promise rejects with the reason. A part already on its way in another chunk is taken
 * from there. A part no chunk known yet has (the dialog's, the consent document's: only a
 * decision or the settings need them) is named by the core, which is fetched first.
 */
export function partLoader(base: string, nonce: string | undefined): LoadPart {
  const chunks: Record<string, Promise<Parts>> = {};
  /**
   * The chunks known: the build's list; in front, the lighter ones that chunks which arrived
   * carry (one language's words); behind, those only the core names (`later`).
   */
  const known: Entry[] = [...CHUNKS];
  const fetchChunk = ([name, sha256]: Entry) =>
    new Promise<Parts>((resolve, reject) => {
      const script: ChunkScript = document.createElement('script');
      script.src = new URL(chunkFile(name!, sha256!), new URL(base, document.baseURI)).href; // a relative chunkBase is the page's
      script.integrity = `sha256-${sha256}`;
      script.crossOrigin = 'anonymous';
      if (nonce) script.nonce = nonce;
      script.consentry = (parts) => {
        known.unshift(...(parts.chunks ?? []));
        known.push(...(parts.later ?? []));
        resolve((script.consentry = parts));
      };
      script.onload = script.onerror = () => {
        if (typeof script.consentry !== 'function') return; // it ran
        delete chunks[name!]; // it may be tried again later, by a new element
        script.remove();
        reject(new Error(`could not load ${script.src} (blocked, changed since the build, or not found)`));
      };
      document.head.append(script);
    });
  const load = <T>(name: PartName, named?: 1): Promise<T> => {
    const having = known.filter((chunk) => chunk[2].split(' ').includes(name));
    const chunk = having.find(([file]) => file in chunks) ?? having[0];
    // Not known yet: named by the core. Still not known once it is here: a build without the part, which rejects.
    return chunk || named ? (chunks[chunk![0]] ??= fetchChunk(chunk!)).then((parts) => parts[name] as T) : load('core', 1).then(() => load<T>(name, 1));
  };
  return load;
}

/**
 * A chunk's file, relative to consentry.js: named by its digest, so a new build never meets an
 * old copy in a cache, and consentry.js need not carry a second hash per chunk. The build names
 * the files by the same rule (rollup.config.mjs, `chunkFile`).
 */
export const chunkFile = (name: string, sha256: string): string => `chunks/${name}.${sha256.replace(/\W/g, '').slice(0, 8)}.js`;
