// `npm run test:pack`, after `npm run build`: the package exactly as npm would publish it
// (`npm pack`), checked by publint and arethetypeswrong, its contents checked here, then installed
// from the tarball into a new project where a consumer is type-checked under `nodenext` and
// `bundler` with `skipLibCheck: false` and every entry is loaded with `import` and `require()`.
// Exports are read from package.json: an entry added there is packed, linted, loaded and listed
// without editing this file; pack/consumer/index.ts must use it (a test says so).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { readBootChunkList } from './chunk-list.mjs';
import { cdnUrl, sri } from './sri.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const consumerFixtures = join(root, 'pack/consumer');
const bin = (name, file) => join(root, 'node_modules', name, file);

/** Runs a command; never throws, so a failure's output can be shown. */
function run(command, args, options = {}) {
  return new Promise((done) => {
    execFile(command, args, { maxBuffer: 64 << 20, ...options }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr, output: `${stdout}${stderr}` }),
    );
  });
}

/** Every file path an exports map (or typesVersions) names, conditions and arrays included. */
function targets(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(targets);
  return value && typeof value === 'object' ? Object.values(value).flatMap(targets) : [];
}

const inPackage = (target) => posix.normalize(target).replace(/^\.\//, '');

let work;
let tarball;
let files;
/** The slow checks, started together once the tarball exists (publint, attw, install + tsc). */
let publint;
let attw;
let consumer;

const attwIgnored = pkg.consentry?.packageChecks?.attwIgnoreRules ?? {};

before(async () => {
  assert.ok(existsSync(join(root, 'dist/consentry.js')), 'dist/ is missing: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'consentry-pack-'));
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root });
  assert.equal(packed.code, 0, packed.output);
  const [info] = JSON.parse(packed.stdout);
  tarball = join(work, info.filename);
  files = info.files.map((f) => f.path).sort();
  publint = run(process.execPath, [bin('publint', 'src/cli.js'), tarball, '--strict']);
  const rules = Object.keys(attwIgnored);
  attw = run(process.execPath, [bin('@arethetypeswrong/cli', 'dist/index.js'), tarball, '--no-definitely-typed', '--format', 'ascii', '--no-color', ...(rules.length ? ['--ignore-rules', ...rules] : [])]);
  consumer = installConsumer(join(work, 'consumer'));
  consumer.catch(() => {}); // awaited by the tests, which report it
});

/**
 * A new project with the tarball installed by npm and the fixtures of pack/consumer, then both
 * type checks started (each takes seconds: skipLibCheck false reads all of @types/node).
 */
async function installConsumer(project) {
  mkdirSync(join(project, 'node_modules/@types'), { recursive: true });
  const typesNode = JSON.parse(readFileSync(join(root, 'node_modules/@types/node/package.json'), 'utf8'));
  // The adapters' optional peers (React, Vue) are the consumer's own, as in an app that uses them.
  const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const peers = ['react', 'react-dom', '@types/react', 'vue'];
  const devDependencies = Object.fromEntries(['@types/node', ...peers].map((name) => [name, version(name)]));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', devDependencies }));
  for (const file of readdirSync(consumerFixtures)) cpSync(join(consumerFixtures, file), join(project, file));
  cpSync(join(root, 'demo/sites/shop/consentry.config.json'), join(project, 'consentry.config.json'));
  // No network: the package's dependencies (preact, js-cookie) are copied in from this repo's
  // node_modules, so npm finds them satisfied and installs only the tarball; a dependency
  // missing from package.json would then fail to resolve. @types/node (for consentry/server's
  // node:http types) is the consumer's own devDependency, copied in the same way.
  const copy = (name) => cpSync(join(root, 'node_modules', name), join(project, 'node_modules', name), { recursive: true });
  for (const name of Object.keys(pkg.dependencies ?? {})) copy(name);
  // Each with its own dependencies, recursively (this repo's node_modules is flat where it matters).
  const copied = new Set();
  const copyTree = (name) => {
    if (copied.has(name) || !existsSync(join(root, 'node_modules', name))) return;
    copied.add(name);
    copy(name);
    const meta = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    for (const dep of Object.keys(meta.dependencies ?? {})) copyTree(dep);
  };
  for (const name of ['@types/node', ...peers]) copyTree(name);
  const installed = await run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], { cwd: project });
  assert.equal(installed.code, 0, installed.output);
  const tsc = (config, cwd = project) => run(process.execPath, [bin('typescript', 'bin/tsc'), '-p', config, '--pretty', 'false'], { cwd });
  // The same project with the oldest Vue the peer range allows (`vue-oldest`, an npm alias in
  // devDependencies, its own @vue packages nested in it): the Vue adapter's types must hold there too.
  const oldVue = `${project}-vue-oldest`;
  cpSync(project, oldVue, { recursive: true });
  rmSync(join(oldVue, 'node_modules/vue'), { recursive: true });
  cpSync(join(root, 'node_modules/vue-oldest'), join(oldVue, 'node_modules/vue'), { recursive: true });
  const checks = { nodenext: tsc('tsconfig.nodenext.json'), node16: tsc('tsconfig.node16.json'), noNode: tsc('tsconfig.no-node.json'), bundler: tsc('tsconfig.bundler.json'), strictest: tsc('tsconfig.strictest.json'), vue: tsc('tsconfig.vue.json'), vueOldest: tsc('tsconfig.vue.json', oldVue) };
  return { project, oldVue, checks };
}

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('publint: no error and no warning', async () => {
    const result = await publint;
    assert.equal(result.code, 0, result.output);
  });

  it('arethetypeswrong: no problem in node10, node16 (CJS and ESM) or bundler resolution, but the rules package.json ignores and says why', async () => {
    for (const [rule, why] of Object.entries(attwIgnored)) assert.ok(typeof why === 'string' && why.length > 40, `attwIgnoreRules["${rule}"] needs the reason as its value`);
    const result = await attw;
    assert.equal(result.code, 0, result.output);
  });

  it('holds every file exports and typesVersions name, and typesVersions mirrors the exports types', () => {
    for (const target of [...targets(pkg.exports), ...targets(pkg.typesVersions), pkg.main, pkg.types]) {
      assert.ok(files.includes(inPackage(target)), `${target} is named in package.json but not in the tarball`);
    }
    // typesVersions is for `moduleResolution: node10`, which knows no exports: the same types per subpath.
    const mirrored = pkg.typesVersions?.['*'] ?? {};
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (subpath === '.' || subpath === './package.json') continue;
      const types = typeof target === 'string' ? target : target.types;
      assert.deepEqual(mirrored[subpath.slice(2)], [types], `typesVersions["*"]["${subpath.slice(2)}"] should be ["${types}"]`);
    }
  });

  it('ships the licence and readme, and no sources, tests or lockfiles', () => {
    for (const file of ['LICENSE', 'README.md', 'package.json']) assert.ok(files.includes(file), `${file} is missing`);
    const stray = files.filter((f) => /^(src|e2e|bench|demo|pack|node_modules)\/|\.test\.|\.spec\.|package-lock|\.tsbuildinfo$/.test(f));
    assert.deepEqual(stray, []);
  });

  it('README links work on the npm page: anchors or absolute URLs, and those into this repo name files that exist', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const [, target] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
      assert.match(target, /^(#|https?:\/\/|mailto:)/, `relative link ${target}: npm shows the README without the repo beside it`);
      const inRepo = /^https:\/\/(?:github\.com\/consentry\/consentry\/blob|raw\.githubusercontent\.com\/consentry\/consentry)\/main\/(.+)$/.exec(target);
      if (inRepo) assert.ok(existsSync(join(root, inRepo[1])), `${target}: ${inRepo[1]} is not in the repo`);
    }
  });

  it('CDN: unpkg and jsdelivr name consentry.js; consentry.js.sri is its sha384, which `npm run sri` prints with the versioned URL the README documents', async () => {
    assert.equal(pkg.unpkg, './dist/consentry.js');
    assert.equal(pkg.jsdelivr, './dist/consentry.js');
    const hash = sri(readFileSync(join(root, 'dist/consentry.js')));
    assert.equal(readFileSync(join(root, 'dist/consentry.js.sri'), 'utf8'), `${hash}\n`);
    const printed = await run(process.execPath, [join(root, 'pack/sri.mjs')], { cwd: root });
    assert.equal(printed.code, 0, printed.output);
    assert.equal(printed.stdout, `${hash}\n<script src="${cdnUrl(pkg.version)}" integrity="${hash}" crossorigin="anonymous"></script>\n`);
    assert.equal(cdnUrl('<version>'), 'https://cdn.jsdelivr.net/npm/consentry@<version>/dist/consentry.js');
    assert.ok(readFileSync(join(root, 'README.md'), 'utf8').includes(cdnUrl('<version>')), 'README documents the versioned CDN URL');
  });

  it('declarations: the entries and the chunks they import, nothing internal', () => {
    const declared = new Set(files.filter((f) => f.endsWith('.d.ts')));
    const reached = new Set();
    const queue = targets(pkg.exports).map(inPackage).filter((f) => f.endsWith('.d.ts'));
    while (queue.length) {
      const file = queue.shift();
      if (reached.has(file)) continue;
      assert.ok(declared.has(file), `${file} is imported by a declaration but not shipped`);
      reached.add(file);
      const text = readFileSync(join(root, file), 'utf8');
      for (const [, specifier] of text.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)) {
        assert.match(specifier, /\.js$/, `${file}: relative import '${specifier}' without the .js that node16/nodenext need`);
        queue.push(posix.join(posix.dirname(file), specifier.replace(/\.js$/, '.d.ts')));
      }
    }
    assert.deepEqual([...declared].filter((f) => !reached.has(f)), [], 'declarations no entry reaches (internal ones) are shipped');
  });

  it("consentry/react is a client module for React Server Components: 'use client' first", () => {
    const entry = readFileSync(join(root, inPackage(pkg.exports['./react'].default)), 'utf8');
    assert.match(entry, /^'use client';\n/);
  });

  it('source maps name files that exist, relative to the map, and carry their contents', () => {
    const maps = files.filter((f) => f.endsWith('.map'));
    assert.ok(maps.length > 0);
    for (const map of maps) {
      const { sources, sourcesContent } = JSON.parse(readFileSync(join(root, map), 'utf8'));
      assert.equal(sourcesContent?.length, sources.length, `${map}: sourcesContent`);
      for (const source of sources) {
        if (/(^|\/)[\w-]+:[\w-]+$/.test(source)) continue; // a virtual module of the build (`chunk:act`, `consentry:chunks`)
        const file = resolve(root, dirname(map), source);
        assert.ok(existsSync(file) && !relative(root, file).startsWith('..'), `${map}: ${source} resolves to ${file}, which is not in the repo`);
      }
    }
  });

  it('script-tag chunks: names change with their content, and each is pinned by its sha256 from consentry.js, or from a chunk so pinned that fetches it', () => {
    const read = (file) => readFileSync(join(root, file), 'utf8');
    const chunks = files.filter((f) => /^dist\/chunks\/.*\.js$/.test(f));
    assert.ok(chunks.length > 0);
    const digest = (chunk) => createHash('sha256').update(readFileSync(join(root, chunk))).digest('base64');
    /** The chunks a file names, with the file that names (src/browser/part-loader.ts, chunkFile): consentry.js in its own form (chunk-list.mjs), the others as `["<name>","<sha256 in base64>","<parts>"]`. */
    const entries = (text) => readBootChunkList(text) ?? [...text.matchAll(/\["([\w-]+)","([\w+/]{43}=)","[^"]*"\]/g)].map(([, name, sha256]) => [name, sha256]);
    const named = (file) => entries(read(file)).map(([name, sha256]) => ({ name, chunk: `dist/chunks/${name}.${sha256.replace(/\W/g, '').slice(0, 8)}.js`, sha256 }));
    const pins = (pinner, chunk) => named(pinner).some((entry) => entry.chunk === chunk && entry.sha256 === digest(chunk));
    for (const chunk of chunks) assert.equal(/\.(\w{8})\.js$/.exec(chunk)?.[1], digest(chunk).replace(/\W/g, '').slice(0, 8), `${chunk}: a chunk's name carries its content's hash`);
    // From consentry.js outwards: a chunk counts once a file already counted names it with its hash.
    const pinned = new Set(['dist/consentry.js']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const chunk of chunks) {
        if (pinned.has(chunk) || ![...pinned].some((pinner) => pins(pinner, chunk))) continue;
        pinned.add(chunk);
        grew = true;
      }
    }
    for (const chunk of chunks) assert.ok(pinned.has(chunk), `nothing pinned from consentry.js names ${chunk} with its sha256`);
    for (const file of ['dist/consentry.js', ...chunks]) {
      for (const { chunk } of named(file)) assert.ok(files.includes(chunk), `${file} loads ${chunk}, which is not shipped`);
    }
    // What a first visit needs (and a refused frame's placeholder, drawn before the core) is named
    // by consentry.js itself; what a decision or the settings need by the core, which every way
    // to them loads first (so the dialog comes beside `decide`, not after it); and `decide` also
    // by each first visit's file (fetched beside the core when the visitor reaches for the banner).
    const names = (file) => named(file).map(({ name }) => name);
    const decide = chunks.find((chunk) => /\/decide\./.test(chunk));
    for (const name of ['core', 'messages', 'placeholder', 'first-en', 'first-ru', 'first-hi', 'checked-en']) assert.ok(names('dist/consentry.js').includes(name), `consentry.js does not name ${name}`);
    for (const carrier of chunks.filter((chunk) => /\/core\./.test(chunk)))
      for (const name of ['decide', 'cleanup', 'notices', 'consent-document', 'dialog-en', 'dialog-ru', 'dialog-hi']) assert.ok(names(carrier).includes(name), `${carrier} does not name ${name}`);
    for (const carrier of chunks.filter((chunk) => /\/(first|checked)-\w+\./.test(chunk))) assert.ok(names(carrier).includes('decide'), `${carrier} does not name decide`);
    assert.ok(decide && names(decide).length === 0, 'decide names no chunk');
  });

  it("script-tag files are classic scripts in ES2021 syntax, README's browser floor (Chrome 85, Firefox 101, Safari 16.4)", () => {
    const scripts = ['dist/consentry.js', ...files.filter((f) => /^dist\/chunks\/.*\.js$/.test(f))];
    for (const file of scripts) {
      assert.doesNotThrow(() => parse(readFileSync(join(root, file), 'utf8'), { ecmaVersion: 2021, sourceType: 'script' }), `${file} is not ES2021`);
    }
  });
});

describe('the examples README links to, against this build', () => {
  // examples/react's tsconfig maps `consentry` and its entries to dist/ (no install in the repo):
  // a path that names no file leaves the import untyped, and a developer copying it gets TS2307.
  it('examples/react type-checks, its tsconfig paths naming the declarations the exports name', async () => {
    const { compilerOptions } = JSON.parse(readFileSync(join(root, 'examples/react/tsconfig.json'), 'utf8'));
    for (const [specifier, [target]] of Object.entries(compilerOptions.paths ?? {})) {
      const entry = pkg.exports[specifier === 'consentry' ? '.' : `./${specifier.slice('consentry/'.length)}`];
      assert.equal(posix.normalize(posix.join('examples/react', target)), inPackage(entry?.types ?? ''), `examples/react/tsconfig.json paths["${specifier}"]`);
    }
    const result = await run(process.execPath, [bin('typescript', 'bin/tsc'), '-p', 'examples/react/tsconfig.json', '--pretty', 'false'], { cwd: root });
    assert.equal(result.code, 0, result.output);
  });
});

describe('installed from the tarball into a new project', () => {
  let project;
  let checks;
  let oldVue;
  before(async () => ({ project, oldVue, checks } = await consumer));

  it('node_modules/consentry is the packed package', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/consentry/package.json'), 'utf8'));
    assert.equal(installed.version, pkg.version);
    assert.ok(!existsSync(join(project, 'node_modules/consentry/src')));
  });

  for (const mode of ['nodenext', 'bundler']) {
    it(`type-checks under moduleResolution ${mode}, skipLibCheck false: real types (every @ts-expect-error holds), and only the negative check fails`, async () => {
      const result = await checks[mode];
      const errors = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
      assert.equal(errors.length, 1, result.output);
      assert.match(errors[0], /^negative\.ts\(\d+,\d+\): error TS2322: Type '\(options: ReceiverOptions\) => ReceiverHandler' is not assignable to type 'number'/);
    });
  }

  it("CommonJS in TypeScript: require() of an entry types under module nodenext (above), and module node16 refuses it, as the README's npm quick start says", async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    assert.match(readme, /TypeScript types that `require\(\)` under `"module": "nodenext"` from TypeScript 5\.8 on; under `node16`, or an older TypeScript, it refuses it/);
    const result = await checks.node16;
    const errors = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    assert.equal(errors.length, 2, result.output); // require.cts's two require()s, and nothing else
    for (const error of errors) assert.match(error, /^require\.cts\(\d+,\d+\): error TS1471: Module 'consentry(\/server)?' cannot be imported using this construct/);
  });

  it("consentry/server's types need @types/node, even for the web-standard receiver alone, as the README says: without it, node:http is all that is missing", async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    assert.match(readme, /so a TypeScript project that type-checks them needs `@types\/node`, even for the web-standard handler alone/);
    const result = await checks.noNode;
    const errors = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    assert.equal(errors.length, 1, result.output);
    assert.match(errors[0], /consentry\/dist\/server\/index\.d\.ts\(\d+,\d+\): error TS2307: Cannot find module 'node:http'/);
  });

  it('type-checks a site\'s code under @tsconfig/strictest\'s options (exactOptionalPropertyTypes): a config written `as const`, the server set up from the environment, every entry\'s options given values that may be undefined', async () => {
    const result = await checks.strictest;
    assert.equal(result.code, 0, result.output);
  });

  it('the Vue adapter type-checks in an app on the newest Vue and on the oldest the peer range allows', async () => {
    const oldest = JSON.parse(readFileSync(join(root, 'node_modules/vue-oldest/package.json'), 'utf8')).version;
    assert.equal(pkg.peerDependencies.vue, `^${oldest}`, 'vue-oldest (devDependencies) is the lowest version of the peer range');
    // The types tsc reads there are that Vue's own (its @vue packages nested in it), not the newest's.
    const runtimeCore = JSON.parse(readFileSync(join(oldVue, 'node_modules/vue/node_modules/@vue/runtime-core/package.json'), 'utf8')).version;
    assert.equal(runtimeCore, oldest);
    for (const [vue, result] of [['newest', await checks.vue], [oldest, await checks.vueOldest]]) assert.equal(result.code, 0, `Vue ${vue}:\n${result.output}`);
  });

  /** What import.mjs and require.cjs print: each entry's exports as `name: typeof`, JSON as `json`. */
  const load = async (script) => {
    const result = await run(process.execPath, [script], { cwd: project });
    assert.equal(result.code, 0, result.output);
    return JSON.parse(result.stdout);
  };

  it('loads every entry with import in Node', async () => {
    const loaded = await load('import.mjs');
    assert.deepEqual(Object.keys(loaded), Object.keys(pkg.exports).map((subpath) => `consentry${subpath.slice(1)}`));
    for (const [specifier, names] of Object.entries(loaded)) assert.ok(names === 'json' || Object.keys(names).length > 0, `${specifier} exports nothing`);
    assert.equal(loaded.consentry.createConsent, 'function');
    assert.equal(loaded['consentry/server'].createReceiver, 'function');
  });

  it('loads every entry with require() in Node >= 20.19 (the default condition), with the same exports', async () => {
    assert.deepEqual(await load('require.cjs'), await load('import.mjs'));
  });

  it("the README's commands for the integrity hash print the sha384 of the installed consentry.js", async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.split(/^### /m).find((s) => s.startsWith('From a CDN')) ?? '';
    const commands = (/```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
    assert.ok(commands.length >= 2, 'README: no sh block under "### From a CDN"');
    const hash = sri(readFileSync(join(project, 'node_modules/consentry/dist/consentry.js')));
    for (const command of commands) {
      const result = await run('sh', ['-c', command], { cwd: project });
      assert.equal(result.code, 0, `${command}\n${result.output}`);
      assert.equal(result.stdout.trim(), hash, command);
    }
  });

  it('`npx consentry check` prints the data-config-checked digest of a valid config (the one the browser computes), and exits 1 on an invalid one', async () => {
    const config = readFileSync(join(root, 'demo/sites/cmachines/consentry.config.json'), 'utf8');
    writeFileSync(join(project, 'consentry.config.json'), config);
    const digest = createHash('sha256').update(`${pkg.version}\n${JSON.stringify(JSON.parse(config))}`).digest('hex');
    const valid = await run('npx', ['--no-install', 'consentry', 'check', 'consentry.config.json'], { cwd: project });
    assert.equal(valid.code, 0, valid.output);
    assert.match(valid.stdout, new RegExp(`^  data-config-checked="${digest}"$`, 'm'));
    writeFileSync(join(project, 'invalid.json'), JSON.stringify({ ...JSON.parse(config), cookie: { lifetimeDays: -1 } }));
    const invalid = await run('npx', ['--no-install', 'consentry', 'check', 'invalid.json'], { cwd: project });
    assert.equal(invalid.code, 1, invalid.output);
    assert.match(invalid.stderr, /config\.cookie\.lifetimeDays: got -1; expected/);
    assert.doesNotMatch(invalid.output, /data-config-checked/);
  });

  it('`npx consentry --version` prints the installed package version (read from its package.json)', async () => {
    const printed = await run('npx', ['--no-install', 'consentry', '--version'], { cwd: project });
    assert.equal(printed.code, 0, printed.output);
    assert.equal(printed.stdout, `${pkg.version}\n`);
  });

  it('the type-checked consumer imports every entry', () => {
    const source = readFileSync(join(consumerFixtures, 'index.ts'), 'utf8');
    const imported = new Set([...source.matchAll(/\bfrom '(consentry[^']*)'/g)].map((m) => m[1]));
    const missing = Object.keys(pkg.exports).map((subpath) => `consentry${subpath.slice(1)}`).filter((s) => s !== 'consentry/package.json' && !imported.has(s));
    assert.deepEqual(missing, [], 'add a use of these entries to pack/consumer/index.ts, with an @ts-expect-error line');
  });
});
