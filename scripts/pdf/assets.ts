/**
 * Where the PDF commands find the files they read: the templates and the Noto Sans fonts. From the
 * sources or dist/ that is templates/ of the project and @fontsource/noto-sans in node_modules; in
 * the bundle (bundle/, built by scripts/tools/bundle.ts) both sit in the bundle folder, since a
 * bundle runs without node_modules.
 */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Inside the bundle only: the bundle folder, relative to the file that holds this module (esbuild
 * replaces the name, see `define` in scripts/tools/bundle.ts, which also checks where it lands).
 */
declare const KLACHT_BUNDLE_FOLDER: string | undefined;

const BUNDLE_FOLDER = typeof KLACHT_BUNDLE_FOLDER === 'string' ? KLACHT_BUNDLE_FOLDER : undefined;
const HERE = fileURLToPath(new URL('.', import.meta.url));

/** templates/: of the project (scripts/pdf and dist/pdf both sit two folders below it), or of the bundle. */
export function defaultTemplatesDir(): string {
  return BUNDLE_FOLDER === undefined ? resolve(HERE, '..', '..', 'templates') : resolve(HERE, BUNDLE_FOLDER, 'templates');
}

/** The path of one Noto Sans file, e.g. `noto-sans-latin-400-normal.woff2`. */
export function fontFile(name: string): string {
  return BUNDLE_FOLDER === undefined ? createRequire(import.meta.url).resolve(`@fontsource/noto-sans/files/${name}`) : join(resolve(HERE, BUNDLE_FOLDER, 'fonts'), name);
}
