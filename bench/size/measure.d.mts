// Types for measure.mjs (plain JS so `npm run size` needs no TypeScript runner).
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
export function compressedSizes(data: Buffer | string): Sizes;
export function addSizes(list: Sizes[]): Sizes;
export function expandFiles(root: string, patterns: string[]): { files: string[]; missing: string[] };
export function measureFiles(root: string, files: string[]): { perFile: Array<Sizes & { file: string }>; total: Sizes };
export function kb(bytes: number): string;
