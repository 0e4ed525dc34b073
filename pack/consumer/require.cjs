// `require()` of every entry package.json exports, in Node >= 20.19, which loads ES modules
// synchronously through the `default` condition. Prints what import.mjs prints.
const { exports: entries } = require('consentry/package.json');
const loaded = {};
for (const subpath of Object.keys(entries)) {
  const specifier = `consentry${subpath.slice(1)}`;
  const module = require(specifier);
  loaded[specifier] = subpath.endsWith('.json') ? 'json' : Object.fromEntries(Object.keys(module).sort().map((name) => [name, typeof module[name]]));
}
console.log(JSON.stringify(loaded));
