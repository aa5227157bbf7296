/**
 * A finding is data, in the manner of vfile-message: a place, a rule id, a severity and a Dutch
 * message. Renderers (terminal, GitHub annotations, JSON) live in the CLI; nothing here prints.
 */
import type { RuleId } from './rule-table.js';

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Path relative to the register root, with `/`. */
  readonly file: string;
  /** 1-based line in the original file (a byte-order mark is not counted). */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  readonly severity: Severity;
  /** Stable rule id, e.g. `unknown-key`: one of the table in rule-table.ts. */
  readonly rule: RuleId;
  /** Dotted path of the field, list indices as numbers (`correspondentie.0.datum`); null for the whole file. */
  readonly field: string | null;
  /** Dutch message. Quotes field paths and enum values, never a personal value. */
  readonly message: string;
  /** What was probably meant or is allowed, where the rule knows it (`status` for `staus`). */
  readonly expected?: string;
  /** What was found, where it is safe to repeat (a field name, a choice; never free text). */
  readonly actual?: string;
}

/** A place inside one file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export const FILE_START: Position = { line: 1, column: 1 };

/** Builds a finding. */
export function finding(
  file: string,
  position: Position,
  severity: Severity,
  rule: RuleId,
  field: string | null,
  message: string,
): Finding {
  return { file, line: position.line, column: position.column, severity, rule, field, message };
}

/** Sorts findings by file, line, column and rule, for stable output. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1
      : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** True when any finding is an error. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** `correspondentie.0.datum` from `['correspondentie', 0, 'datum']`. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.join('.');
}
