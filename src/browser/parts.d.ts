/**
 * Written by the build (rollup.config.mjs): the script-tag chunks, each as
 * `[file relative to consentry.js, integrity, the parts it provides separated by spaces]`.
 * A part may be in several chunks (what a first visit needs comes as one file); the first
 * listed is fetched when none that has it is loaded yet.
 */
declare module 'consentry:chunks' {
  export const CHUNKS: ReadonlyArray<readonly [file: string, integrity: string, parts: string]>;
}
