/** `[name, sha256 in base64, the parts it has, space-separated]`. */
export type ChunkEntry = [name: string, sha256: string, parts: string];
export function bootChunkList(entries: readonly ChunkEntry[]): string;
export function readBootChunkList(text: string): ChunkEntry[] | undefined;
