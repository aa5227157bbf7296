/**
 * File names as text that others read: a name is chosen by whoever adds the file, and it is printed
 * in the log of a workflow (where a line starting with `::` is a command to the runner), in the job
 * summary's Markdown tables (where `|` starts a cell) and in commit statuses. Under complaints/ and
 * analyses/ such a name is an error (`klacht valideer`, the signature check); everywhere a name is
 * printed it is made printable first. Pure.
 */

/** Control characters (C0, DEL, C1) and Unicode's line and paragraph separators: matching them is the point. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;

/** True when a path has a control character or a `|` in it: it could write lines or table cells of its own. */
export function hasUnsafeName(path: string): boolean {
  return path.includes('|') || new RegExp(CONTROL.source, 'u').test(path);
}

/**
 * `text` with every control character written out as `\u{…}`: one line in a log, in which no
 * name can start a line of its own (a workflow command such as `::notice` or `::stop-commands::`).
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/**
 * A message of several lines for a log: its own line breaks kept, every other control character
 * written out, and a line break that would start a workflow command (`::` at the start of a line)
 * written out too. Names in a message are made printable where they are put in; this is the last guard.
 */
export function printableLines(text: string): string {
  return text.split('\n').map((line, i) => `${i === 0 ? '' : /^\s*::/.test(line) ? '\\u{a}' : '\n'}${printable(line)}`).join('');
}
