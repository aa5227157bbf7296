/**
 * The yearly analysis as a document: YAML frontmatter and a list of blocks, each either Markdown
 * we wrote from the figures (with the directie's free text in its section) or a chart we drew.
 * The same document becomes the Markdown file (charts as image lines pointing at their SVG file
 * next to it) and the PDF (each Markdown block sanitised on its own, the charts put in as they
 * are), so that no chart has to be found back in HTML by a placeholder.
 */

/** Markdown made from the figures; the last block also holds the directie's free text. */
export interface MarkdownBlock {
  readonly kind: 'markdown';
  readonly markdown: string;
}

/** A chart drawn by the toolkit itself (src/core/analysis/charts.ts): labels are escaped there. */
export interface ChartBlock {
  readonly kind: 'chart';
  /** File name next to the Markdown, e.g. "2025-per-maand.svg". */
  readonly file: string;
  /** The image's alternative text in the Markdown. */
  readonly alt: string;
  readonly svg: string;
}

export type AnalysisBlock = MarkdownBlock | ChartBlock;

export interface AnalysisDocument {
  /** The frontmatter, fences included, without the newline after the closing fence. */
  readonly frontmatter: string;
  readonly blocks: readonly AnalysisBlock[];
}

/** File name (next to the Markdown) -> SVG. */
export interface AnalysisCharts {
  readonly [file: string]: string;
}

/**
 * The document as the Markdown file: frontmatter, then the blocks separated by a blank line, a
 * chart as an image line that points at its SVG file.
 */
export function analysisMarkdown(document: AnalysisDocument): string {
  const blocks = document.blocks.map((block) => (block.kind === 'chart' ? `![${block.alt}](${block.file})` : block.markdown));
  return `${document.frontmatter}\n${blocks.join('\n\n')}`;
}

/** The charts of the document by file name, in the order they appear. */
export function analysisCharts(document: AnalysisDocument): AnalysisCharts {
  return Object.fromEntries(document.blocks.flatMap((block) => (block.kind === 'chart' ? [[block.file, block.svg]] : [])));
}
