/**
 * The yearly analysis (README "Jaaranalyse", `klacht jaaranalyse <jaar>`), in three steps that
 * each live in their own file: the figures of the year (analysis-figures.ts), the document written
 * from them (analysis-markdown.ts: Markdown blocks and charts), and that document as the Markdown
 * file with its SVG files (analysis-document.ts). The PDF is made from the same document.
 */
import { analysisFigures, type AnalysisFigures, type AnalysisInput } from './figures.js';
import { analysisCharts, analysisMarkdown, type AnalysisCharts, type AnalysisDocument } from './document.js';
import { directieSection } from './directie.js';
import { renderAnalysis } from './markdown.js';

export type { AnalysisFigures, AnalysisInput, AnalysisCharts, AnalysisDocument };
export { DIRECTIE_END, DIRECTIE_START, directieSection } from './directie.js';

export interface Analysis {
  readonly figures: AnalysisFigures;
  /** The blocks the Markdown and the PDF are both made of. */
  readonly document: AnalysisDocument;
  readonly markdown: string;
  readonly charts: AnalysisCharts;
}

/**
 * The analysis of `input.year`. `previousMarkdown` is the file as it stood: the directie's
 * chapter 7 is taken from it, so that regenerating keeps what the directie wrote.
 */
export function annualAnalysis(input: AnalysisInput, previousMarkdown?: string): Analysis {
  const figures = analysisFigures(input);
  const document = renderAnalysis(figures, directieSection(previousMarkdown));
  return { figures, document, markdown: analysisMarkdown(document), charts: analysisCharts(document) };
}
