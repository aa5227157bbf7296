/**
 * What the validator finds, before it has a place in a file. The core knows field paths, not
 * lines: the register layer turns an Issue into a positioned Finding with the YAML document.
 */
import type { Severity } from './finding.js';

export type FieldPath = readonly (string | number)[];

/**
 * Where an issue points: the field's key, its value, the parent of a missing field, the whole
 * file, or the Markdown body.
 */
export type IssueTarget = 'key' | 'value' | 'missing' | 'file' | 'body';

export interface Issue {
  readonly severity: Severity;
  readonly rule: string;
  readonly path: FieldPath;
  readonly target: IssueTarget;
  readonly message: string;
}

/** An error issue. */
export function error(rule: string, path: FieldPath, target: IssueTarget, message: string): Issue {
  return { severity: 'error', rule, path, target, message };
}

/** A warning issue. */
export function warning(rule: string, path: FieldPath, target: IssueTarget, message: string): Issue {
  return { severity: 'warning', rule, path, target, message };
}
