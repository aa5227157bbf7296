/**
 * Findings rendered in one place: a line per finding for people (`path:line:col  ernst  melding
 * [rule]`), GitHub workflow annotations inside Actions, and the JSON documented in the README ("De opdrachten").
 */
import { relative, resolve } from 'node:path';
import type { Finding } from '../core/complaint/finding.js';
import { plural } from '../core/text/dutch.js';
import { printable, printableLines } from '../core/text/path-names.js';
import type { CommandContext } from './context.js';

const SEVERITY_WORD = { error: 'fout', warning: 'waarschuwing' } as const;

/**
 * One finding for people, on one line: a file's name is whatever someone chose, and a line break in
 * it would start a line of its own in a workflow's log (a command such as `::notice`).
 */
export function formatFinding(f: Finding, context: Pick<CommandContext, 'colors'>): string {
  const { colors } = context;
  const place = printable(`${f.file}:${f.line}:${f.column}`);
  const severity = f.severity === 'error' ? colors.red(SEVERITY_WORD.error) : colors.yellow(SEVERITY_WORD.warning);
  return `${colors.bold(place)}  ${severity}  ${printableLines(f.message)}  ${colors.dim(`[${f.rule}]`)}`;
}

/** A workflow command's message: `%`, CR and LF as GitHub wants them escaped; other control characters written out. */
export function escapeData(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A workflow command's property (`file=`, `title=`): as a message, and `:` and `,` too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A GitHub workflow command (`::error file=…,line=…,col=…::…`). The path is made relative to the
 * working directory, which in Actions is the repository root, so the annotation lands on the diff
 * even when the register is a subfolder.
 */
export function formatAnnotation(f: Finding, context: Pick<CommandContext, 'root' | 'io'>): string {
  const file = relative(context.io.cwd, resolve(context.root, f.file)).split('\\').join('/');
  const kind = f.severity === 'error' ? 'error' : 'warning';
  const title = `klacht ${f.rule}`;
  return `::${kind} file=${escapeProperty(file)},line=${f.line},col=${f.column},title=${escapeProperty(title)}::${escapeData(f.message)}`;
}

/** The summary line under a list of findings. */
export function summaryLine(fileCount: number, findings: readonly Finding[], context: Pick<CommandContext, 'colors'>): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const files = plural(fileCount, 'bestand', 'bestanden');
  if (findings.length === 0) return context.colors.green(`${files} gecontroleerd: alles in orde.`);
  const parts = [];
  if (errors > 0) parts.push(context.colors.red(plural(errors, 'fout', 'fouten')));
  if (warnings > 0) parts.push(context.colors.yellow(plural(warnings, 'waarschuwing', 'waarschuwingen')));
  return `${files} gecontroleerd: ${parts.join(', ')}.`;
}

/** Prints findings for people (and as annotations inside Actions). */
export function printFindings(findings: readonly Finding[], context: CommandContext): void {
  for (const f of findings) context.io.stdout(`${formatFinding(f, context)}\n`);
  if (context.actions) {
    for (const f of findings) context.io.stdout(`${formatAnnotation(f, context)}\n`);
  }
}
