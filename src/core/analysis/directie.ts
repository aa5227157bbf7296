/**
 * Chapter 7 of the yearly analysis, the part the directie writes: between two markers that
 * regenerating looks for, so that what the directie wrote stays when the figures are made again.
 */

export const DIRECTIE_START = '<!-- directie: begin. Wat hiertussen staat, blijft bij opnieuw genereren staan. -->';
export const DIRECTIE_END = '<!-- directie: einde -->';
const DIRECTIE_PLACEHOLDER = '_Hier schrijft de directie haar conclusies en aanbevelingen: wat gaat goed, wat moet beter, welke maatregelen volgen. Deze tekst blijft staan als de analyse opnieuw wordt gemaakt._';

/**
 * The directie's text from an earlier version of the analysis (between the markers, trimmed),
 * or the invitation to write it when there is none.
 */
export function directieSection(previousMarkdown: string | undefined): string {
  if (previousMarkdown === undefined) return DIRECTIE_PLACEHOLDER;
  const start = previousMarkdown.indexOf(DIRECTIE_START);
  const end = previousMarkdown.indexOf(DIRECTIE_END);
  if (start < 0 || end < start) return DIRECTIE_PLACEHOLDER;
  return previousMarkdown.slice(start + DIRECTIE_START.length, end).trim() || DIRECTIE_PLACEHOLDER;
}

/** Chapter 7's lines: its heading, and the directie's text between the markers. */
export function directieChapter(text: string): string[] {
  return ['## 7. Conclusies en aanbevelingen', '', DIRECTIE_START, text, DIRECTIE_END, ''];
}
