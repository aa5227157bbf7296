/**
 * What the validator finds, before it has a place in a file. The core knows field paths, not
 * lines: the register layer turns an Issue into a positioned Finding with the YAML document.
 */
import type { Severity } from './finding.js';
import type { RuleId } from './rule-table.js';

export type FieldPath = readonly (string | number)[];

/**
 * Where an issue points: the field's key, its value, the parent of a missing field, the whole
 * file, or the Markdown body.
 */
export type IssueTarget = 'key' | 'value' | 'missing' | 'file' | 'body';

export interface Issue {
  readonly severity: Severity;
  readonly rule: RuleId;
  readonly path: FieldPath;
  readonly target: IssueTarget;
  readonly message: string;
  /** What was probably meant or is allowed (`status` for `staus`; `gepland | uitgevoerd`). */
  readonly expected?: string;
  /** What was found, only where it is safe to repeat: a field name, a near-miss of a choice. */
  readonly actual?: string;
  /**
   * The field as reported, when it differs from `path`: a key that is really free text (a comma
   * in `{ }` turns text into a key) is not echoed, because it may be personal data.
   */
  readonly field?: string | null;
}

/** True for text that reads as a field name or code, not as free text that might be personal. */
export function isSafeToEcho(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_-]{0,39}$/.test(text);
}

/** An error issue. */
export function error(rule: RuleId, path: FieldPath, target: IssueTarget, message: string): Issue {
  return { severity: 'error', rule, path, target, message };
}

/** A warning issue. */
export function warning(rule: RuleId, path: FieldPath, target: IssueTarget, message: string): Issue {
  return { severity: 'warning', rule, path, target, message };
}
