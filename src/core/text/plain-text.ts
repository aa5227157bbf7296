/**
 * Plain text someone typed (a form's field, a step's option, a pasted e-mail) as the Markdown of a
 * complaint's body, so that it prints exactly as typed: every line break kept, and `<dringend>`,
 * `*`, `_`, `#`, a line of `---` or `1.` at the start of a line shown as the characters they are,
 * never as markup. Backslash escapes, which CommonMark allows before any ASCII punctuation, keep the
 * file readable in GitHub's editor; only what could start markup is escaped.
 */

/** Characters that are markup wherever they stand. */
const INLINE = /[\\`*_[\]<>&|~]/g;

/** The start of a line that would make a heading, a list, a quote, a table row or a setext underline. */
const LINE_START = /^([ \t]*)([#>+\-=]|\d{1,9}[.)])/;

function escapeLine(line: string): string {
  const inline = line.replace(/[ \t]+$/, '').replace(INLINE, (c) => `\\${c}`);
  // Four spaces would make a code block: leading spaces become no-break spaces, which print alike.
  const indented = inline.replace(/^[ \t]+/, (spaces) => '\u00A0'.repeat(spaces.replace(/\t/g, '    ').length));
  return indented.replace(LINE_START, (_all, space: string, mark: string) => `${space}${mark.length === 1 ? `\\${mark}` : `${mark.slice(0, -1)}\\${mark.slice(-1)}`}`);
}

/**
 * `text` as Markdown that renders as `text`: lines end in a hard break (a backslash), an empty line
 * stays a new paragraph, and CRLF becomes LF. Surrounding empty lines and trailing spaces are dropped.
 */
export function plainTextAsMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(escapeLine);
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  return lines.map((line, i) => {
    const next = lines[i + 1];
    // A hard break only inside a paragraph: not on an empty line, nor before one, nor at the end.
    return line.trim() !== '' && next !== undefined && next.trim() !== '' ? `${line}\\` : line.trim() === '' ? '' : line;
  }).join('\n');
}
