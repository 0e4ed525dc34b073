/**
 * Written by the build (rollup.config.mjs): the script-tag chunks, each as
 * `[name, its SHA-256 in base64, the parts it provides separated by spaces]`; the file is
 * `chunks/<name>.<the first 8 letters and digits of the digest>.js` (see `chunkFile`).
 * A part may be in several chunks (what a first visit needs comes as one file); the first
 * listed is fetched when none that has it is loaded yet.
 */
declare module 'consentry:chunks' {
  export const CHUNKS: ReadonlyArray<readonly [name: string, sha256: string, parts: string]>;
}
