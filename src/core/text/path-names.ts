/**
 * File names as text that others read: a name is chosen by whoever adds the file, and it is printed
 * in the log of a workflow (where a line starting with `::` is a command to the runner, and so is
 * the older form `##[command]` anywhere in a line), in the job summary's Markdown tables (where `|`
 * starts a cell) and in commit statuses. Under complaints/ and analyses/ such a name is an error
 * (`klacht valideer`, the signature check); everywhere a name is printed it is made printable first.
 * Pure.
 */

/**
 * Control characters (C0, DEL, C1), Unicode's line and paragraph separators, and the bidirectional
 * embeddings, overrides and isolates (which can show a name in another order than it has):
 * matching them is the point.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** The runner's older workflow command, obeyed anywhere in a line (`##[stop-commands]…`, `##[add-mask]…`). */
const OLD_COMMAND = '##[';

/**
 * True when a path has a control character, a `|` or the start of an old-style workflow command
 * (`##[`) in it: it could write lines, commands or table cells of its own.
 */
export function hasUnsafeName(path: string): boolean {
  return path.includes('|') || path.includes(OLD_COMMAND) || new RegExp(CONTROL.source, 'u').test(path);
}

/**
 * `text` as one harmless line in a log: every control character written out as `\u{…}`, so that no
 * name can start a line of its own; `##[` written `#\u{23}[`, so that it is no command in the
 * runner's older form; and a `::` at its start written `\u{3a}:`, so that text printed at the start
 * of a line is no command (`::notice`, `::stop-commands::`) either.
 */
export function printable(text: string): string {
  return text
    .replace(CONTROL, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`)
    .replace(/##\[/g, '#\\u{23}[')
    .replace(/^(\s*):(?=:)/, '$1\\u{3a}');
}

/**
 * A message of several lines for a log: its own line breaks kept, and each line printable (no
 * control character, no workflow command in either form). Names in a message are made printable
 * where they are put in; this is the last guard.
 */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}
