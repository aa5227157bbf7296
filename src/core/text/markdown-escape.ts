/**
 * Text from a complaint or the configuration placed in Markdown we write (a table cell in an
 * issue, the job summary, the yearly analysis): it must read as the text it is, never as markup.
 */

// The characters that start markup inside a line: a table's cell border, emphasis, code, HTML,
// links, and the backslash itself (so that an escape in the text stays literal).
const MARKUP = /[|\\`*_<>[\]]/g;

/**
 * `text` escaped for one line of Markdown: markup characters get a backslash, and a line break
 * becomes a space (inside a table row it would end the table).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKUP, (c) => `\\${c}`).replace(/\r?\n|\r/g, ' ');
}
