/**
 * Where the PDF commands find the files they read: the templates and the Noto Sans fonts. From the
 * sources or dist/ that is templates/ of the project and @fontsource/noto-sans in node_modules; in
 * the bundle (bundle/klacht.mjs, built by scripts/tools/bundle.ts) both sit next to the bundle
 * file, since a bundle runs without node_modules.
 */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `true` inside the bundle only: esbuild replaces the name (scripts/tools/bundle.ts, `define`). */
declare const KLACHT_BUNDLE: boolean | undefined;

const IN_BUNDLE = typeof KLACHT_BUNDLE !== 'undefined' && KLACHT_BUNDLE;
const HERE = fileURLToPath(new URL('.', import.meta.url));

/** templates/: of the project (scripts/pdf and dist/pdf both sit two folders below it), or next to the bundle. */
export function defaultTemplatesDir(): string {
  return IN_BUNDLE ? join(HERE, 'templates') : resolve(HERE, '..', '..', 'templates');
}

/** The path of one Noto Sans file, e.g. `noto-sans-latin-400-normal.woff2`. */
export function fontFile(name: string): string {
  return IN_BUNDLE ? join(HERE, 'fonts', name) : createRequire(import.meta.url).resolve(`@fontsource/noto-sans/files/${name}`);
}
