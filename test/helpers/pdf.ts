/**
 * Reading the PDFs the tests make, with mupdf (MuPDF's own WebAssembly build, an npm package), so
 * `npm ci` is all a machine needs: no poppler utilities from the system.
 */
import { readFileSync } from 'node:fs';
import * as mupdf from 'mupdf';

function open(file: string): mupdf.Document {
  return mupdf.Document.openDocument(readFileSync(file), 'application/pdf');
}

/** Every page of the document, in order. */
function pages(doc: mupdf.Document): mupdf.Page[] {
  return Array.from({ length: doc.countPages() }, (_, index) => doc.loadPage(index));
}

/** The whole text of the PDF, every run of whitespace (line and block breaks too) one space. */
export function pdfText(file: string): string {
  return pages(open(file)).map((page) => page.toStructuredText('preserve-whitespace').asText()).join(' ').replace(/\s+/g, ' ');
}

/** The text of the PDF line by line, as mupdf reads the lines off the pages; blank lines left out. */
export function pdfLines(file: string): string[] {
  return pages(open(file)).flatMap((page) => page.toStructuredText('preserve-whitespace').asText().split('\n')).map((line) => line.trim()).filter((line) => line !== '');
}

/** The lines of each page, as pdfLines reads them. */
export function pdfPageLines(file: string): string[][] {
  return pages(open(file)).map((page) => page.toStructuredText('preserve-whitespace').asText().split('\n').map((line) => line.trim()).filter((line) => line !== ''));
}

export interface PageSize {
  /** In points (1/72 inch). */
  readonly width: number;
  readonly height: number;
  /** ISO A4 portrait (210 x 297 mm), within a point: Chromium writes 594.96 x 841.92. */
  readonly a4: boolean;
}

/** Each page's size, from its MediaBox; the page count is the array's length. */
export function pdfPages(file: string): PageSize[] {
  return pages(open(file)).map((page) => {
    const [x0, y0, x1, y1] = page.getBounds('MediaBox');
    const [width, height] = [x1 - x0, y1 - y0];
    return { width, height, a4: Math.abs(width - 595.28) < 1 && Math.abs(height - 841.89) < 1 };
  });
}

export interface PdfFont {
  /** BaseFont without a subset tag ("BAAAAA+NotoSans-Regular" is "NotoSans-Regular"). */
  readonly name: string;
  /** Only the glyphs used are in the file (the name carried a six-letter tag). */
  readonly subset: boolean;
  /** The font dictionary's /Subtype: Type0, TrueType, Type1, Type3, ... */
  readonly subtype: string;
  /** For a Type0 font, its descendant's /Subtype (CIDFontType2 is TrueType outlines); else null. */
  readonly descendant: string | null;
  /** /Encoding when it is a name (Identity-H, WinAnsiEncoding); else null. */
  readonly encoding: string | null;
  /** The font program is in the PDF (/FontFile, /FontFile2 or /FontFile3), so no reader needs it installed. */
  readonly embedded: boolean;
}

const FONT_FILES = ['FontFile', 'FontFile2', 'FontFile3'];

function nameOf(object: mupdf.PDFObject): string | null {
  return object.isName() ? object.asName() : null;
}

function describeFont(font: mupdf.PDFObject): PdfFont {
  const baseFont = nameOf(font.get('BaseFont')) ?? '';
  const subtype = nameOf(font.get('Subtype')) ?? '';
  const subsetTag = /^[A-Z]{6}\+/.exec(baseFont);
  // A Type0 font's outlines sit with its one descendant CIDFont; a simple font carries its own descriptor.
  const descendantFont = subtype === 'Type0' ? font.get('DescendantFonts').get(0) : null;
  const descriptor = (descendantFont ?? font).get('FontDescriptor');
  // A Type3 font's glyphs are content streams inside the PDF: embedded by nature.
  const embedded = subtype === 'Type3' || FONT_FILES.some((key) => !descriptor.isNull() && !descriptor.get(key).isNull());
  return {
    name: subsetTag ? baseFont.slice(subsetTag[0].length) : baseFont,
    subset: subsetTag !== null,
    subtype,
    descendant: descendantFont ? nameOf(descendantFont.get('Subtype')) : null,
    encoding: nameOf(font.get('Encoding')),
    embedded,
  };
}

/**
 * Every distinct font the pages use, as poppler lists them: the /Font resources of each page, of the
 * form XObjects they draw (nested), and of Type3 fonts' own resources. A font shared by pages is
 * listed once; two subsets of one typeface are two fonts.
 */
export function pdfFonts(file: string): PdfFont[] {
  const doc = open(file).asPDF();
  if (!doc) throw new Error(`${file} is not a PDF`);
  const fonts: PdfFont[] = [];
  const seen = new Set<number>();
  const firstVisit = (object: mupdf.PDFObject): boolean => {
    if (!object.isIndirect()) return true;
    if (seen.has(object.asIndirect())) return false;
    seen.add(object.asIndirect());
    return true;
  };
  const walk = (resources: mupdf.PDFObject): void => {
    if (!resources.isDictionary()) return;
    resources.get('Font').forEach((font) => {
      if (!firstVisit(font)) return;
      fonts.push(describeFont(font));
      walk(font.get('Resources'));
    });
    resources.get('XObject').forEach((xobject) => {
      if (nameOf(xobject.get('Subtype')) === 'Form' && firstVisit(xobject)) walk(xobject.get('Resources'));
    });
  };
  for (const page of pages(doc)) {
    if (page instanceof mupdf.PDFPage) walk(page.getObject().getInheritable('Resources'));
  }
  return fonts;
}

/** Share of pixels darker than near-white, per page, from a small greyscale rendering (30 dpi). */
export function inkPerPage(file: string): number[] {
  return pages(open(file)).map((page) => {
    const pixmap = page.toPixmap(mupdf.Matrix.scale(30 / 72, 30 / 72), mupdf.ColorSpace.DeviceGray, false);
    // One byte per pixel, but a row may be padded beyond the width: count only the width.
    const [width, height, stride, pixels] = [pixmap.getWidth(), pixmap.getHeight(), pixmap.getStride(), pixmap.getPixels()];
    let ink = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) if ((pixels[y * stride + x] ?? 255) < 200) ink++;
    }
    return ink / (width * height);
  });
}

/**
 * The fonts of a PDF that would make it depend on the machine that printed or shows it: any font
 * not embedded, and any font but Noto Sans and Noto Emoji (a system font Chromium fell back to).
 * Empty is right.
 */
export function machineFonts(file: string): PdfFont[] {
  return pdfFonts(file).filter((font) => !(font.embedded && /^Noto(Sans|Emoji)-/.test(font.name)));
}

interface StructuredLine { readonly text: string; readonly bbox: { readonly y: number; readonly h: number }; readonly font: { readonly name: string } }

/**
 * Per page, the text lines at the bottom of its body (the footer that Chromium prints below the
 * page margin left out): the lowest line's text and whether all of it is bold. A page whose body
 * ends in bold only ends in a heading or a table's header row.
 */
export function pageEndings(file: string): { readonly text: string; readonly boldOnly: boolean }[] {
  return pages(open(file)).map((page) => {
    const [, , , height] = page.getBounds('MediaBox');
    const parsed = JSON.parse(page.toStructuredText('preserve-whitespace').asJSON()) as { blocks: { lines?: StructuredLine[] }[] };
    // The footer sits in the bottom margin (22 mm, 62 pt): below 780 pt of 842.
    const body = parsed.blocks.flatMap((block) => block.lines ?? []).filter((line) => line.bbox.y + line.bbox.h < height - 60);
    const lowest = Math.max(...body.map((line) => line.bbox.y));
    const last = body.filter((line) => line.bbox.y >= lowest - 2);
    return { text: last.map((line) => line.text).join(' | '), boldOnly: last.every((line) => /Bold/.test(line.font.name)) };
  });
}
