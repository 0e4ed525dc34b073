// `import` of every entry package.json exports, in Node (as a server or an SSR build would: no DOM).
// Prints each entry's exports as `name: typeof`, JSON files as `json`.
import { readFileSync } from 'node:fs';

const { exports } = JSON.parse(readFileSync(new URL('node_modules/consentry/package.json', import.meta.url), 'utf8'));
const loaded = {};
for (const subpath of Object.keys(exports)) {
  const specifier = `consentry${subpath.slice(1)}`;
  const module = subpath.endsWith('.json') ? await import(specifier, { with: { type: 'json' } }) : await import(specifier);
  loaded[specifier] = subpath.endsWith('.json') ? 'json' : Object.fromEntries(Object.keys(module).sort().map((name) => [name, typeof module[name]]));
}
console.log(JSON.stringify(loaded));
