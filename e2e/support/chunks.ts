import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltChunk {
  /** Relative to consentry.js: `chunks/<name>.<hash>.js`. */
  file: string;
  integrity: string;
  parts: string[];
}

/** The chunks the built consentry.js loads, read from the manifest the build wrote into it. */
export function builtChunks(root = process.cwd()): BuiltChunk[] {
  const boot = readFileSync(join(root, 'dist/consentry.js'), 'utf8');
  return [...boot.matchAll(/\["(chunks\/[^"]+\.js)","(sha256-[^"]+)","([^"]*)"\]/g)].map(([, file, integrity, parts]) => ({ file: file!, integrity: integrity!, parts: parts!.split(' ') }));
}

/** The chunk the boot file fetches for a part (the first listed with it, as part-loader does). */
export function chunkWith(part: string, root = process.cwd()): BuiltChunk {
  const chunk = builtChunks(root).find((c) => c.parts.includes(part));
  if (!chunk) throw new Error(`no chunk in dist/consentry.js provides the "${part}" part: run \`npm run build\``);
  return chunk;
}
