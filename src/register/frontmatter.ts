/**
 * Splitting a complaint file into YAML frontmatter and Markdown body.
 *
 * The split is gray-matter's (4.0.3, parseMatter in its index.js), copied rather than called: the
 * package brought js-yaml 3, with its eval-capable `!!js/function` type, into every start, runs
 * `---js` front matter by default and caches results by content. Here only the split is copied,
 * and only for files whose fences and language were checked first (YAML or nothing; anything else
 * is refused unread). test/register/frontmatter.test.ts holds the copy to gray-matter's own result
 * on every fixture and example and on generated and mutated files.
 *
 * One difference, on purpose: with CRLF line endings gray-matter keeps the `\r` of the line
 * before the closing fence as the last character of the matter; this split leaves it out, so the
 * YAML ends where its last line ends, as it does with LF. With the `\r`, `yaml` reads the last
 * value with a CR in it (`naam: Jansen` as "Jansen\r") and calls a quoted last value
 * (`telefoon: "06-12345678"`) a syntax error: the same file would read differently with CRLF.
 * The test compares with gray-matter's matter less that one `\r`.
 */

export type SplitResult =
  | { readonly kind: 'split'; readonly matter: string; readonly body: string; readonly bodyLine: number }
  | { readonly kind: 'problem'; readonly rule: SplitRule; readonly line: number; readonly column: number; readonly detail?: string };

export type SplitRule = 'frontmatter-missing' | 'frontmatter-language' | 'frontmatter-unclosed' | 'frontmatter-fence';

/** The only front-matter languages accepted after `---`: none, or `yaml` spelled out. */
const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

/** Counts line breaks in `text` before `end`. */
function lineOf(text: string, end: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Splits `text` (already decoded, without byte-order mark) into frontmatter and body. */
export function splitFrontmatter(text: string): SplitResult {
  const firstBreak = text.search(/\r?\n/);
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (!firstLine.startsWith('---') || firstLine.startsWith('----')) {
    return { kind: 'problem', rule: 'frontmatter-missing', line: 1, column: 1 };
  }
  // The rest of the first line is the language (gray-matter's matter.language()).
  const language = firstLine.slice(3).trim();
  if (!YAML_LANGUAGES.has(language.toLowerCase())) {
    return { kind: 'problem', rule: 'frontmatter-language', line: 1, column: 4, detail: language };
  }
  // The closing fence is the first later line that starts with ---, as gray-matter finds it.
  const closeAt = text.indexOf('\n---', 3);
  if (closeAt === -1 || firstBreak === -1) {
    return { kind: 'problem', rule: 'frontmatter-unclosed', line: 1, column: 1 };
  }
  const closingLine = lineOf(text, closeAt + 1);
  const lineEnd = text.indexOf('\n', closeAt + 1);
  const closingText = text.slice(closeAt + 1, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
  if (closingText.trim() !== '---') {
    return { kind: 'problem', rule: 'frontmatter-fence', line: closingLine, column: 1 };
  }
  // gray-matter cuts a named language off with the first line; a first line of `---` and spaces
  // only stays, spaces and all, in the matter. Either way line N of the YAML is line N of the file.
  const matterStart = language === '' ? 3 : firstBreak;
  // After the closing `---` the body starts, less one CR and one LF: whatever else follows the
  // fence on its line (spaces) stays in the body, as in gray-matter.
  let bodyStart = closeAt + 4;
  if (text.charCodeAt(bodyStart) === 0x0d) bodyStart++;
  if (text.charCodeAt(bodyStart) === 0x0a) bodyStart++;
  return {
    kind: 'split',
    // With CRLF line endings the \r before the closing fence is not part of the YAML (see above).
    matter: text.slice(matterStart, closeAt).replace(/\r$/, ''),
    body: text.slice(bodyStart),
    bodyLine: closingLine + 1,
  };
}
