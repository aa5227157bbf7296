/**
 * Where the PDF commands find the files they read: the templates, the Noto Sans fonts and the Noto
 * Emoji fonts (with the file that says which characters each of its parts holds). From the sources
 * or dist/ that is templates/ of the project and @fontsource/noto-sans and noto-emoji in node_modules; in
 * the bundle (bundle/, built by tools/bundle.ts) both sit in the bundle folder, since a
 * bundle runs without node_modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Inside the bundle only: the bundle folder, relative to the file that holds this module (esbuild
 * replaces the name, see `define` in tools/bundle.ts, which also checks where it lands).
 */
declare const KLACHT_BUNDLE_FOLDER: string | undefined;

const BUNDLE_FOLDER = typeof KLACHT_BUNDLE_FOLDER === 'string' ? KLACHT_BUNDLE_FOLDER : undefined;
const HERE = fileURLToPath(new URL('.', import.meta.url));

/** templates/: of the project (src/pdf and dist/pdf both sit two folders below it), or of the bundle. */
export function defaultTemplatesDir(): string {
  return BUNDLE_FOLDER === undefined ? resolve(HERE, '..', '..', 'templates') : resolve(HERE, BUNDLE_FOLDER, 'templates');
}

/** The path of one Noto Sans file, e.g. `noto-sans-latin-400-normal.woff2`. */
export function fontFile(name: string): string {
  return BUNDLE_FOLDER === undefined ? createRequire(import.meta.url).resolve(`@fontsource/noto-sans/files/${name}`) : join(resolve(HERE, BUNDLE_FOLDER, 'fonts'), name);
}

/** The name the bundle gives Noto Emoji's unicode.json in its fonts/ folder. */
export const EMOJI_RANGES_FILE = 'noto-emoji-unicode.json';

/** The path of one Noto Emoji file, e.g. `noto-emoji-3-400-normal.woff2`. */
export function emojiFontFile(name: string): string {
  return BUNDLE_FOLDER === undefined ? createRequire(import.meta.url).resolve(`@fontsource/noto-emoji/files/${name}`) : join(resolve(HERE, BUNDLE_FOLDER, 'fonts'), name);
}

/** Noto Emoji's parts: each part's number and its unicode-range (`"[3]": "U+1f600-1f64f,…"`). */
export function emojiRanges(): { readonly part: string; readonly range: string }[] {
  const file = BUNDLE_FOLDER === undefined ? createRequire(import.meta.url).resolve('@fontsource/noto-emoji/unicode.json') : join(resolve(HERE, BUNDLE_FOLDER, 'fonts'), EMOJI_RANGES_FILE);
  const parts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return Object.entries(parts).map(([key, range]) => ({ part: key.replace(/^\[|\]$/g, ''), range }));
}
