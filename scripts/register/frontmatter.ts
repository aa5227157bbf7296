/**
 * Splitting a complaint file into YAML frontmatter and Markdown body.
 *
 * gray-matter does the split, but never the parsing: by default it evaluates `---js` and
 * `---javascript` front matter, turns dates into JS `Date`s and caches results by content. So the
 * language after the opening fence is checked here first and anything but YAML is refused before
 * gray-matter sees the file; gray-matter is always called with options (which disables its cache)
 * and with engines that parse nothing and refuse every other language as a second guard.
 */
import matter from 'gray-matter';

export type SplitResult =
  | { readonly kind: 'split'; readonly matter: string; readonly body: string; readonly bodyLine: number }
  | { readonly kind: 'problem'; readonly rule: SplitRule; readonly line: number; readonly column: number; readonly detail?: string };

export type SplitRule = 'frontmatter-missing' | 'frontmatter-language' | 'frontmatter-unclosed' | 'frontmatter-fence';

/** The only front-matter languages accepted after `---`: none, or `yaml` spelled out. */
const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

class RefusedLanguageError extends Error {}

function refuse(): never {
  throw new RefusedLanguageError('front-matter language refused');
}

/**
 * Engines handed to gray-matter: YAML is split off but parsed elsewhere. gray-matter's own
 * engines are yaml, json and javascript (also reached as `js`); those are replaced, coffee (and its
 * aliases) refused, so that even
 * if a language got past the check above nothing would be evaluated. Any other language makes
 * gray-matter throw (not registered). Kept small: gray-matter copies this object on every call.
 */
const ENGINES = {
  yaml: { parse: () => ({}) },
  json: { parse: refuse },
  javascript: { parse: refuse },
  coffee: { parse: refuse },
};

/** Counts line breaks in `text` before `end`. */
function lineOf(text: string, end: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Splits `text` (already decoded, without byte-order mark) into frontmatter and body. `bytes`,
 * when given, are the file's bytes that decode to exactly `text` (checked UTF-8, perhaps with a
 * byte-order mark): gray-matter then takes those instead of encoding `text` to a Buffer again.
 */
export function splitFrontmatter(text: string, bytes?: Uint8Array): SplitResult {
  const firstBreak = text.search(/\r?\n/);
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (!firstLine.startsWith('---') || firstLine.startsWith('----')) {
    return { kind: 'problem', rule: 'frontmatter-missing', line: 1, column: 1 };
  }
  // What gray-matter takes as the language: the rest of the first line (its matter.language()).
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

  let file: { matter: string; content: string };
  try {
    // Options are always passed: gray-matter only caches (and shares results) without them.
    file = matter(bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : text, { language: 'yaml', engines: ENGINES });
  } catch (error) {
    if (error instanceof RefusedLanguageError) {
      return { kind: 'problem', rule: 'frontmatter-language', line: 1, column: 4, detail: language };
    }
    throw error;
  }
  return {
    kind: 'split',
    // gray-matter's matter starts with the line break after the opening fence, so line N of the
    // YAML text is line N of the file.
    // With CRLF line endings the \r before the closing fence is not part of the YAML.
    matter: file.matter.replace(/\r$/, ''),
    body: file.content,
    bodyLine: closingLine + 1,
  };
}
