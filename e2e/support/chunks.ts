import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBootChunkList } from '../../pack/chunk-list.mjs';

export interface BuiltChunk {
  /** Relative to consentry.js: `chunks/<name>.<hash>.js`. */
  file: string;
  integrity: string;
  parts: string[];
}

/**
 * The chunks the built consentry.js loads, in its order: those the build wrote into it (by name
 * and digest), with their files from the build's manifest.json; then those the core names (the
 * clean-up, the placeholder, the notices, the decisions) and the rest, in the manifest's order.
 */
export function builtChunks(root = process.cwd()): BuiltChunk[] {
  const boot = readFileSync(join(root, 'dist/consentry.js'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(root, 'dist/chunks/manifest.json'), 'utf8')) as Record<string, [string, string, string]>;
  const entries = readBootChunkList(boot);
  if (!entries) throw new Error('no chunk list in dist/consentry.js: run `npm run build`');
  const named = entries.map(([name, sha256, parts]) => {
    const [file, integrity] = manifest[name]!;
    if (integrity !== `sha256-${sha256}`) throw new Error(`dist/consentry.js and dist/chunks/manifest.json disagree on ${name}: run \`npm run build\``);
    return { file, integrity, parts: parts.split(' ') };
  });
  const others = Object.entries(manifest)
    .filter(([name]) => !entries.some(([n]) => n === name))
    .map(([, [file, integrity, parts]]) => ({ file, integrity, parts: parts.split(' ') }));
  return [...named, ...others];
}

/** The chunk the boot file fetches for a part (the first listed with it, as part-loader does). */
export function chunkWith(part: string, root = process.cwd()): BuiltChunk {
  const chunk = builtChunks(root).find((c) => c.parts.includes(part));
  if (!chunk) throw new Error(`no chunk in dist/consentry.js provides the "${part}" part: run \`npm run build\``);
  return chunk;
}

/** A chunk's file by its name, from the build's manifest.json: also those another chunk names (the dialog's, which the core names). */
export function chunkNamed(name: string, root = process.cwd()): string {
  const manifest = JSON.parse(readFileSync(join(root, 'dist/chunks/manifest.json'), 'utf8')) as Record<string, [string, string, string]>;
  if (!manifest[name]) throw new Error(`no chunk "${name}" in dist/chunks/manifest.json: run \`npm run build\``);
  return manifest[name][0];
}
