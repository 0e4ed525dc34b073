// In this repository the examples use the package built here (`npm run build`), resolved through
// package.json `exports` as an installed copy would be. In your own app, leave this out.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

export function localConsentry(): Array<{ find: RegExp; replacement: string }> {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { import?: string; default?: string }> };
  const aliases = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : (target.import ?? target.default);
    if (!file?.endsWith('.js')) continue;
    const path = resolve(root, file);
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` in ${root} first`);
    const name = subpath === '.' ? 'consentry' : `consentry/${subpath.slice(2)}`;
    aliases.push({ find: new RegExp(`^${name.replace(/[/.]/g, '\\$&')}$`), replacement: path });
  }
  return aliases;
}
