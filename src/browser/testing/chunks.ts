// The chunk manifest the build makes (rollup's `consentry:chunks`, see parts.d.ts), for unit tests of the boot file.
export const CHUNKS: ReadonlyArray<readonly [name: string, sha256: string, parts: string]> = [
  ['messages', 'AAAAAAAA', 'messages'],
  ['core', 'BBBBBBBB', 'core'],
];
