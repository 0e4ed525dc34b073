/** Written by the build (rollup.config.mjs): each chunk's file, relative to consentry.js, and its integrity hash. */
declare module 'consentry:chunks' {
  export const CHUNKS: Record<import('./chunk-names').ChunkName, readonly [file: string, integrity: string]>;
}
