/**
 * `npm run bundle:check`: is the committed bundle/ what the sources give now? Builds the bundle
 * again in a temporary folder and compares it with bundle/ file by file (content and whether it may
 * be executed), like actions/checkout's check-dist. Names every file that differs, was added or is
 * missing; exit 0 when equal, 1 when not. With `--bewaar <map>` the fresh bundle is kept there (CI
 * uploads it as an artifact, so a reviewer can see what was expected).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR, writeBundle } from './bundle.js';

interface FileFacts { readonly bytes: Buffer; readonly executable: boolean }

/** Every file below `root`, by its path relative to `root` with `/`. */
export function bundleFiles(root: string): Map<string, FileFacts> {
  const found = new Map<string, FileFacts>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(root, path).split(sep).join('/'), { bytes: readFileSync(path), executable: (statSync(path).mode & 0o100) !== 0 });
    }
  };
  walk(root);
  return found;
}

export interface BundleDifference {
  readonly file: string;
  readonly kind: 'anders' | 'ontbreekt' | 'overbodig' | 'uitvoerbaar';
}

/** What differs between the committed bundle and a fresh build: per file, how. Sorted by path. */
export function compareBundles(committed: ReadonlyMap<string, FileFacts>, fresh: ReadonlyMap<string, FileFacts>): BundleDifference[] {
  const differences: BundleDifference[] = [];
  for (const [file, facts] of fresh) {
    const other = committed.get(file);
    if (!other) differences.push({ file, kind: 'ontbreekt' });
    else if (!other.bytes.equals(facts.bytes)) differences.push({ file, kind: 'anders' });
    else if (other.executable !== facts.executable) differences.push({ file, kind: 'uitvoerbaar' });
  }
  for (const file of committed.keys()) if (!fresh.has(file)) differences.push({ file, kind: 'overbodig' });
  return differences.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

const KIND_TEXT: Record<BundleDifference['kind'], string> = {
  anders: 'inhoud verschilt',
  ontbreekt: 'ontbreekt in bundle/ (de bronnen maken dit bestand)',
  overbodig: 'staat in bundle/, maar de bronnen maken het niet meer',
  uitvoerbaar: 'alleen het uitvoerbaar-zijn verschilt',
};

async function main(argv: readonly string[]): Promise<number> {
  const keepAt = argv[argv.indexOf('--bewaar') + 1];
  const keep = argv.includes('--bewaar') && keepAt ? resolve(keepAt) : undefined;
  const built = mkdtempSync(join(tmpdir(), 'klacht-bundle-check-'));
  try {
    await writeBundle(built);
    const differences = compareBundles(bundleFiles(BUNDLE_DIR), bundleFiles(built));
    if (differences.length === 0) {
      console.log('bundle/ klopt met de bronnen.');
      return 0;
    }
    console.error(`bundle/ klopt niet met de bronnen: ${differences.length} ${differences.length === 1 ? 'bestand verschilt' : 'bestanden verschillen'}.`);
    for (const d of differences) console.error(`  bundle/${d.file}  ${KIND_TEXT[d.kind]}`);
    console.error('Maak de bundel opnieuw met `npm run bundle` en commit bundle/ met de wijziging.');
    if (keep) {
      cpSync(built, keep, { recursive: true });
      console.error(`De bundel die de bronnen geven, staat in ${keep}.`);
    }
    return 1;
  } finally {
    rmSync(built, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
