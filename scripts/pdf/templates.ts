/**
 * Filling the templates with LiquidJS: every value is HTML-escaped unless the template says
 * `| raw` (only the already sanitised description does), templates cannot run code, and they are
 * read only from two folders: the register's own templates/ first, then the tool's, file by file
 * (template-folders.ts). The font (Noto Sans, from @fontsource) and the organisation's logo are
 * embedded as data: URLs, so the page never asks for anything.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Liquid } from 'liquidjs';
import type { DocumentKind, DocumentModel } from '../core/documents.js';
import { defaultTemplatesDir, fontFile } from './assets.js';
import { templateError, TemplateFolders } from './template-folders.js';

/** The tool's own templates/: of the project, or the copy in the bundle (assets.ts). */
export function toolTemplatesDir(): string {
  return defaultTemplatesDir();
}

const TEMPLATE_OF: Readonly<Record<DocumentKind, string>> = {
  formulier: 'formulier', dossier: 'dossier', ontvangstbevestiging: 'ontvangstbevestiging', verlenging: 'verlenging', reactie: 'reactie',
};

let fontsCss: { latin: string; latinExt: string } | undefined;

/**
 * @font-face rules for Noto Sans as data: URLs: latin (with é, ë, ï) always, latin-ext (ĳ, ł, ő
 * and the like) only for a page that has such a character, since every page carries its fonts.
 */
function fonts(): { latin: string; latinExt: string } {
  if (fontsCss === undefined) {
    const face = (subset: string, weight: number, range: string): string => {
      const file = fontFile(`noto-sans-${subset}-${weight}-normal.woff2`);
      const data = readFileSync(file).toString('base64');
      return `@font-face{font-family:"Noto Sans";font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${range};}`;
    };
    const latin = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
    const latinExt = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
    fontsCss = {
      // Only Noto Sans is embedded: code (a command, a commit in the yearly analysis) gets it too,
      // instead of whatever monospace font the machine has. stijl.css comes after and may differ.
      latin: [face('latin', 400, latin), face('latin', 700, latin), 'code,kbd,samp,pre{font-family:"Noto Sans",sans-serif;}'].join('\n'),
      latinExt: [face('latin-ext', 400, latinExt), face('latin-ext', 700, latinExt)].join('\n'),
    };
  }
  return fontsCss;
}

/** Characters outside Latin-1 and general punctuation: the page needs the latin-ext font. */
// eslint-disable-next-line no-control-regex -- a range of code points, not control characters
const BEYOND_LATIN = /[^\u0000-\u00FF\u2000-\u206F\u20AC\u2122]/;

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
    const { latin, latinExt } = fonts();
    return html.replace(FONTS_PLACEHOLDER, BEYOND_LATIN.test(html) ? `${latin}\n${latinExt}` : latin);
  }
}
