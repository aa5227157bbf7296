/**
 * Build step for the release artifact: `klacht` as a bundle that runs with `node` alone, without
 * node_modules: bundle/klacht.mjs with its lazily loaded parts in bundle/chunks/, the entry of the
 * GitHub Action (bundle/action.mjs, action.yml) that shares them, and the files the
 * PDF commands read next to it (templates/, fonts/). Built from dist/ (so the validators that compile-schemas.ts generated at
 * build time are inlined, and ajv's compiler is not), by `npm run bundle`. The folder is committed;
 * test/bundle/fresh.test.ts fails when it differs from what the sources give, so the build must be
 * deterministic: no timestamps, no absolute paths, files in sorted order.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { EMOJI_RANGES_FILE } from '../src/pdf/assets.js';

const require = createRequire(import.meta.url);
/** tools/ sits one folder below the project (run as TypeScript through tsx). */
export const PROJECT_ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
export const BUNDLE_DIR = join(PROJECT_ROOT, 'bundle');
export const BUNDLE_FILE = 'klacht.mjs';
/** The entry of the GitHub Action (action.yml's runs.main); it shares the chunks with klacht.mjs. */
export const ACTION_FILE = 'action.mjs';

/** The Noto Sans files the PDFs embed (src/pdf/assets.ts): latin always, latin-ext when a page needs it. */
export const FONT_FILES = ['400', '700'].flatMap((weight) => ['latin', 'latin-ext'].map((subset) => `noto-sans-${subset}-${weight}-normal.woff2`)).sort();

/** The Noto Emoji files the PDFs embed when a page has an emoji: every part in one weight, with the list of what each part holds. */
function emojiFontFiles(): string[] {
  const parts = Object.keys(JSON.parse(readFileSync(require.resolve('@fontsource/noto-emoji/unicode.json'), 'utf8')) as object);
  return parts.map((key) => `noto-emoji-${key.replace(/^\[|\]$/g, '')}-400-normal.woff2`).sort();
}

/**
 * Modules that read a file through `createRequire(import.meta.url)`, which esbuild cannot follow.
 * Without that line `require('…')` is the plain one, and esbuild inlines what it names: the JSON
 * schemas and the generated validators (core/schema.js), package.json for the version
 * (cli/release.js). register/yaml-lib.js keeps its own require: see YAML_FILE.
 */
const PLAIN_REQUIRE = /[\\/]dist[\\/](core[\\/]complaint[\\/]schema|cli[\\/]release)\.js$/;

/**
 * The yaml package, as a CommonJS file of its own in chunks/, which register/yaml-lib.js requires
 * (relative to its own chunk) on first use. Inlined, it made up half of the chunk every command
 * loads, and compiling that cost every start several milliseconds, needed or not.
 */
const YAML_FILE = 'yaml.cjs';
const CREATE_REQUIRE_LINE = 'const require = createRequire(import.meta.url);';

/**
 * ajv's compiler, needed only where no generated validators exist (running from the TypeScript
 * sources). In the bundle they always exist, so the compiler is left out; reaching it anyway is a bug.
 */
const COMPILER = /^(ajv\/dist\/2020\.js|ajv-formats)$/;

/**
 * Modules that klacht never reaches, left out to keep the bundle small; all are loaded with
 * `import()`, so leaving them out costs nothing until something does reach them, and then it is a
 * clear error. puppeteer: we connect over CDP through our own pipe (src/pdf/browser.ts), never
 * over WebDriver BiDi (chromium-bidi), a WebSocket (ws) or to a browser channel (@puppeteer/browsers,
 * which brings a proxy agent and a JavaScript interpreter). @inquirer/prompts: klacht asks with
 * input, select and confirm, never with the external editor (which brings iconv-lite and chardet).
 * test/bundle/*.test.ts prints a PDF and asks a question through the bundle.
 */
const UNREACHED: readonly { readonly path: RegExp; readonly importer: RegExp }[] = [
  { path: /^\.\/bidi\.js$/, importer: /puppeteer-core\/lib\/esm\/puppeteer\/bidi\/BrowserConnector\.js$/ },
  { path: /^\.\.\/(node\/NodeWebSocketTransport|common\/BrowserWebSocketTransport|node\/LaunchOptions)\.js$/, importer: /puppeteer-core\/lib\/esm\/puppeteer\/common\/BrowserConnector\.js$/ },
  { path: /^@puppeteer\/browsers$/, importer: /puppeteer-core\/lib\/esm\/puppeteer\/common\/BrowserConnector\.js$/ },
  { path: /^@inquirer\/editor$/, importer: /@inquirer\/prompts\/dist\/esm\/index\.js$/ },
];

/**
 * Node's own modules, imported with `import` by the sources and by ES module packages. Node's ES
 * module wrapper of a built-in reads every export and so runs its lazy getters: `node:fs` then loads
 * fs/promises with streams and readline, `node:util` the worker and abort machinery, 35 modules
 * each (measured on Node 24); esbuild's interop (`__toESM`) over the module that `require` gives does
 * the same. So each such import becomes a small CommonJS module instead: for the modules on the path
 * of every command, an object with a getter per export that requires the built-in on first use
 * (crypto and child_process load nearly 40 modules each, and most runs never use them); for the
 * others, the built-in through `require` (which the banner makes). Not node:module, whose exports
 * differ per Node version (enableCompileCache) and cost nothing either way.
 */
const BUILTIN = new RegExp(`^(node:)?(${builtinModules.filter((m) => m !== 'module').map((m) => m.replace(/[/]/g, '\\/')).join('|')})$`);

/**
 * Built-ins whose exports are plain functions, classes and constants (none needs `this` to be the
 * module), read through getters. Their exports are listed when the bundle is built; klacht uses
 * only ones that every supported Node has.
 */
const LAZY_BUILTINS = new Set(['node:fs', 'node:util', 'node:crypto', 'node:child_process', 'node:os', 'node:path', 'node:url']);

function builtinShim(name: string): string {
  if (!LAZY_BUILTINS.has(name)) return `module.exports = require(${JSON.stringify(name)});`;
  const keys = Object.keys(require(name) as object).sort();
  const getters = keys.map((key) => `  get ${JSON.stringify(key)}() { return load()[${JSON.stringify(key)}]; },`);
  return [`let loaded;`, `const load = () => (loaded ??= require(${JSON.stringify(name)}));`, 'module.exports = {', ...getters, '};'].join('\n');
}

const plugins: Plugin[] = [{
  name: 'klacht-bundle',
  setup(b) {
    b.onResolve({ filter: BUILTIN }, (args) => (args.kind === 'import-statement' ? { path: args.path.replace(/^(node:)?/, 'node:'), namespace: 'node-builtin' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({ contents: builtinShim(args.path), loader: 'js' }));
    b.onLoad({ filter: PLAIN_REQUIRE }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      // A changed line would silently bundle nothing: say so instead.
      if (!source.includes(CREATE_REQUIRE_LINE)) throw new Error(`${args.path}: '${CREATE_REQUIRE_LINE}' niet gevonden; pas tools/bundle.ts aan.`);
      return { contents: source.replace(CREATE_REQUIRE_LINE, ''), loader: 'js' };
    });
    b.onResolve({ filter: COMPILER }, (args) => ({ path: args.path, namespace: 'not-in-bundle' }));
    for (const { path, importer } of UNREACHED) {
      b.onResolve({ filter: path }, (args) => (importer.test(args.importer.split(sep).join('/')) ? { path: args.path, namespace: 'not-in-bundle' } : undefined));
    }
    b.onLoad({ filter: /.*/, namespace: 'not-in-bundle' }, (args) => {
      const thrown = `throw new Error(${JSON.stringify(`Interne fout: ${args.path} zit niet in de bundel van klacht (tools/bundle.ts).`)});`;
      // @inquirer/prompts imports the editor prompt with every other one: fail when it is used, not when loaded.
      return { contents: args.path === '@inquirer/editor' ? `export default function notInBundle() { ${thrown} }` : thrown, loader: 'js' };
    });
  },
}];

/**
 * CommonJS packages inside an ES module call `require('fs')` and the like; an ES module has no
 * `require`, so the bundle makes one (esbuild's shim uses it when it exists).
 */
const BANNER = [
  '// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.',
  "import { createRequire as __klachtCreateRequire } from 'node:module';",
  'const require = __klachtCreateRequire(import.meta.url);',
].join('\n');

export interface BundleResult {
  readonly bytes: number;
  readonly packages: readonly string[];
}

/** Writes the bundle folder to `outDir` (emptied first). dist/ must have been built. */
export async function writeBundle(outDir: string = BUNDLE_DIR): Promise<BundleResult> {
  const entries = { klacht: join(PROJECT_ROOT, 'bin', 'klacht.js'), action: join(PROJECT_ROOT, 'bin', 'action.js') };
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'core', 'complaint', 'schema-validators.generated.cjs'))) throw new Error('dist/ ontbreekt: voer eerst npm run build uit.');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: entries,
    outdir: outDir,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    // Every `import()` of the sources (a command, puppeteer, GitHub, the Markdown renderer) becomes a
    // file of its own in chunks/, read only by the run that needs it. One file of 2.9 MB costs every
    // start ~35 ms to read and compile (klacht valideer 1.5x slower); with chunks, valideer reads 0.7 MB.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // Not minified: the files stay readable, a change of our code shows as a small diff, and a
    // stack trace names real functions. Minified is half the size but starts no faster (measured).
    minify: false,
    // Comments of packages are noise here; their licences are collected in THIRD-PARTY-LICENSES.txt.
    legalComments: 'none',
    banner: { js: BANNER },
    // src/pdf/assets.ts finds templates/ and fonts/ through this: its chunk sits in chunks/.
    define: { KLACHT_BUNDLE_FOLDER: JSON.stringify('..'), KLACHT_YAML_FILE: JSON.stringify(`./${YAML_FILE}`) },
    plugins,
    metafile: true,
    logLevel: 'warning',
    charset: 'utf8',
  });
  const assetsIn = outputsWith(result.metafile, 'dist/pdf/assets.js');
  if (assetsIn.length !== 1 || !/(^|\/)chunks\/[^/]+\.mjs$/.test(assetsIn[0] ?? '')) throw new Error(`pdf/assets.js staat niet in één bestand in chunks/ (${assetsIn.join(', ')}): pas KLACHT_BUNDLE_FOLDER aan.`);
  const yamlLibIn = outputsWith(result.metafile, 'dist/register/yaml-lib.js');
  if (yamlLibIn.length !== 1 || !/(^|\/)chunks\/[^/]+\.mjs$/.test(yamlLibIn[0] ?? '')) throw new Error(`register/yaml-lib.js staat niet in één bestand in chunks/ (${yamlLibIn.join(', ')}): pas KLACHT_YAML_FILE aan.`);
  const yaml = await build({
    entryPoints: [require.resolve('yaml')],
    outfile: join(outDir, 'chunks', YAML_FILE),
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20.19',
    minify: false,
    legalComments: 'none',
    banner: { js: '// Het yaml-pakket voor klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.' },
    metafile: true,
    logLevel: 'warning',
    charset: 'utf8',
  });
  copyFolder(join(PROJECT_ROOT, 'templates'), join(outDir, 'templates'));
  const fonts = join(outDir, 'fonts');
  mkdirSync(fonts);
  for (const file of FONT_FILES) copyFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`), join(fonts, file));
  for (const file of emojiFontFiles()) copyFileSync(require.resolve(`@fontsource/noto-emoji/files/${file}`), join(fonts, file));
  copyFileSync(require.resolve('@fontsource/noto-emoji/unicode.json'), join(fonts, EMOJI_RANGES_FILE));
  const packages = bundledPackages([result.metafile, yaml.metafile]);
  writeFileSync(join(outDir, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicenses(packages));
  const bytes = [result, yaml].flatMap((r) => Object.values(r.metafile.outputs)).reduce((sum, output) => sum + output.bytes, 0);
  return { bytes, packages: packages.map((p) => p.name) };
}

/** The output files that hold `input` (a path relative to the project). */
function outputsWith(metafile: Metafile, input: string): string[] {
  return Object.entries(metafile.outputs).filter(([, output]) => Object.keys(output.inputs).some((name) => name.endsWith(input))).map(([file]) => file);
}

function copyFolder(from: string, to: string): void {
  mkdirSync(to);
  for (const name of readdirSync(from).sort()) copyFileSync(join(from, name), join(to, name));
}

interface BundledPackage { readonly name: string; readonly version: string; readonly folder: string }

/** Every npm package that has code in the bundle (and @fontsource/noto-sans and noto-emoji, whose fonts ship with it). */
function bundledPackages(metafiles: readonly Metafile[]): BundledPackage[] {
  const folders = new Set<string>(['noto-sans', 'noto-emoji'].map((font) => join(PROJECT_ROOT, 'node_modules', '@fontsource', font)));
  for (const input of metafiles.flatMap((metafile) => Object.keys(metafile.inputs))) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.split(sep).join('/'));
    if (match?.[1]) folders.add(resolve(PROJECT_ROOT, match[1]));
  }
  return [...folders].map((folder) => {
    const { name, version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; version: string };
    return { name, version, folder };
  }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The licence text of every bundled package: MIT and the like ask that it goes with every copy. */
function thirdPartyLicenses(packages: readonly BundledPackage[]): string {
  const parts = packages.map(({ name, version, folder }) => {
    const file = readdirSync(folder).sort().find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { license?: string };
    const text = file ? readFileSync(join(folder, file), 'utf8').trim() : `(geen licentiebestand in het pakket; licentie volgens package.json: ${pkg.license ?? 'onbekend'})`;
    return `${name} ${version}\n${'-'.repeat(`${name} ${version}`.length)}\n${text}\n`;
  });
  return `Pakketten waarvan code of bestanden in deze bundel zitten, met hun licentie.\n\n${parts.join('\n')}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ? resolve(process.argv[2]) : BUNDLE_DIR;
  const { bytes, packages } = await writeBundle(out);
  console.log(`${relative(process.cwd(), join(out, BUNDLE_FILE)) || BUNDLE_FILE} met chunks/: ${(bytes / 1024).toFixed(0)} kB JavaScript, ${packages.length} pakketten.`);
}
