/**
 * Filling the templates with LiquidJS: every value is HTML-escaped unless the template says
 * `| raw` (only the already sanitised description does), templates cannot run code, and they are
 * read only from two folders: the register's own templates/ first, then the tool's, file by file
 * (template-folders.ts). The fonts (Noto Sans and Noto Emoji, from @fontsource) and the
 * organisation's logo are embedded as data: URLs, so the page never asks for anything.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Liquid } from 'liquidjs';
import type { DocumentKind, DocumentModel } from '../core/complaint/documents.js';
import { defaultTemplatesDir, emojiFontFile, emojiRanges, fontFile } from './assets.js';
import { anyInRanges, codePointsBeyondLatin1, formatUnicodeRange, parseUnicodeRange, subtractRanges, type CodePointRanges } from './font-ranges.js';
import { templateError, TemplateFolders } from './template-folders.js';

/** The tool's own templates/: of the project, or the copy in the bundle (assets.ts). */
export function toolTemplatesDir(): string {
  return defaultTemplatesDir();
}

const TEMPLATE_OF: Readonly<Record<DocumentKind, string>> = {
  formulier: 'formulier', dossier: 'dossier', ontvangstbevestiging: 'ontvangstbevestiging', verlenging: 'verlenging', reactie: 'reactie',
};

interface FontFace { readonly ranges: CodePointRanges; readonly css: string }
interface Fonts { readonly latin: string; readonly latinExt: FontFace; readonly emoji: readonly FontFace[] }

let fontsCss: Fonts | undefined;

const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

function dataUrl(file: string): string {
  return `url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format("woff2")`;
}

/**
 * @font-face rules as data: URLs, each only for a page that has a character it holds, since every
 * page carries its fonts: Noto Sans latin (with é, ë, ï) always, latin-ext (ĳ, ł, ő and the like),
 * and the parts of Noto Emoji (😡, 👍). The emoji parts are faces of the family "Noto Sans" too, so
 * every style sheet that names Noto Sans (a register's own stijl.css as well) prints emoji; their
 * ranges leave out what Noto Sans itself has (#, digits, ©), so text keeps its letters.
 */
function fonts(): Fonts {
  if (fontsCss === undefined) {
    const face = (src: string, weight: number, range: string): string =>
      `@font-face{font-family:"Noto Sans";font-style:normal;font-weight:${weight};font-display:block;src:${src};unicode-range:${range};}`;
    const sans = (subset: string, weight: number, range: string): string => face(dataUrl(fontFile(`noto-sans-${subset}-${weight}-normal.woff2`)), weight, range);
    const covered = parseUnicodeRange(`${LATIN},${LATIN_EXT}`);
    fontsCss = {
      // Only Noto Sans is embedded: code (a command, a commit in the yearly analysis) gets it too,
      // instead of whatever monospace font the machine has. stijl.css comes after and may differ.
      latin: [sans('latin', 400, LATIN), sans('latin', 700, LATIN), 'code,kbd,samp,pre{font-family:"Noto Sans",sans-serif;}'].join('\n'),
      latinExt: { ranges: parseUnicodeRange(LATIN_EXT), css: [sans('latin-ext', 400, LATIN_EXT), sans('latin-ext', 700, LATIN_EXT)].join('\n') },
      emoji: emojiRanges().map(({ part, range }) => {
        const ranges = subtractRanges(parseUnicodeRange(range), covered);
        // One weight: bold text with an emoji gets the regular emoji, as a reader expects.
        return { ranges, css: face(dataUrl(emojiFontFile(`noto-emoji-${part}-400-normal.woff2`)), 400, formatUnicodeRange(ranges)) };
      }).filter((f) => f.ranges.length > 0),
    };
  }
  return fontsCss;
}

/** The font rules a page with `html` needs. */
function fontsFor(html: string): string {
  const { latin, latinExt, emoji } = fonts();
  const beyond = codePointsBeyondLatin1(html);
  return [latin, ...[latinExt, ...emoji].filter((f) => anyInRanges(beyond, f.ranges)).map((f) => f.css)].join('\n');
}

const FONTS_PLACEHOLDER = '/*klachtenregister-fonts*/';

const IMAGE_TYPES: Readonly<Record<string, string>> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };

/**
 * `name` as a file inside the register, where every step of the path is a real folder or file: a
 * link could point anywhere on the machine that prints, and the file ends up in the PDF.
 */
function registerFile(root: string, name: string): string | undefined {
  const base = resolve(root);
  const path = resolve(base, name);
  const rel = relative(base, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  let at = base;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (!stat || stat.isSymbolicLink()) return undefined;
  }
  return path;
}

/** The logo from klachtenregister.yml as a data: URL, or '' when there is none or it cannot be read. */
export function logoDataUrl(root: string, logo: string | undefined): string {
  if (!logo) return '';
  const type = IMAGE_TYPES[extname(logo).toLowerCase()];
  // Only a file inside the register (no link), of a known image type.
  const path = type === undefined ? undefined : registerFile(root, logo);
  if (path === undefined) return '';
  try {
    return `data:${type};base64,${readFileSync(path).toString('base64')}`;
  } catch {
    return '';
  }
}

/**
 * Typed text as the end of a sentence: trimmed, with a full stop added only when it doesn't end in
 * a punctuation mark already ("Excuses." stays, "Excuses" gets one; "Waarom?" and "(zie bijlage)" stay).
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  const last = trimmed.split(/\s/u).pop() ?? '';
  // Only after a word: not after a mark, a bracket, an emoji, a web address or an e-mail address,
  // where a full stop would change what was typed (a link copied from the letter would break).
  const word = /[\p{L}\p{N}]$/u.test(trimmed) && !/^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|@/iu.test(last);
  return word ? `${trimmed}.` : trimmed;
}

export class TemplateRenderer {
  private readonly engine: Liquid;
  private readonly folders: TemplateFolders;
  private readonly css: string;

  /**
   * `registerRoot`: the register whose templates/ (next to klachtenregister.yml) overrides the
   * tool's templates file by file; without it, only the tool's own.
   */
  constructor(registerRoot?: string, toolDir = toolTemplatesDir()) {
    this.folders = new TemplateFolders(toolDir, registerRoot);
    const roots = this.folders.roots;
    this.engine = new Liquid({
      root: roots,
      partials: roots,
      layouts: roots,
      extname: '.liquid',
      fs: this.folders.fs(),
      // A name is looked up in the roots only, never next to the current file (no "./", "../").
      relativeReference: false,
      outputEscape: 'escape',
      strictFilters: true,
      ownPropertyOnly: true,
      cache: true,
    });
    // `{{ tekst | zin }}`: typed text as a sentence in a letter, with one full stop at the end.
    this.engine.registerFilter('zin', (value: unknown) => asSentence(typeof value === 'string' ? value : String(value ?? '')));
    this.css = this.folders.readFile('stijl.css');
  }

  /** The complete HTML page of a document. */
  render(kind: DocumentKind, model: DocumentModel): string {
    return this.renderTemplate(TEMPLATE_OF[kind], { ...model });
  }

  /** Any template of the folders with the house style and fonts (the yearly analysis uses this). */
  renderTemplate(name: string, data: Record<string, unknown>): string {
    let html: string;
    try {
      html = this.engine.renderFileSync(name, { ...data, css: this.css, fonts_css: FONTS_PLACEHOLDER }) as string;
    } catch (error) {
      throw templateError(error, this.folders);
    }
    return html.replace(FONTS_PLACEHOLDER, fontsFor(html));
  }
}
