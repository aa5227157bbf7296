/**
 * One complaint file from bytes to findings: decoding, the frontmatter split, the YAML parse (the
 * plain subset reader, then `yaml` when the file leaves that subset) and validation, with every
 * issue given its line and column in the original file (by plain-positions.ts where it can, else
 * by `yaml`). Pure: no file system here, so tests and the property test can feed
 * it any bytes.
 */
import { finding, FILE_START, sortFindings, type Finding, type Position } from '../core/complaint/finding.js';
import { toComplaint, type Complaint } from '../core/complaint/complaint.js';
import { isSafeToEcho, type FieldPath, type Issue } from '../core/complaint/issue.js';
import { validateComplaint, type ValidationContext } from '../core/complaint/validate.js';
import { splitFrontmatter, type SplitResult } from './frontmatter.js';
import { slowParse, type Locator } from './yaml-frontmatter.js';
import { parsePlainYaml } from './plain-yaml.js';
import { plainLocator } from './plain-positions.js';
import { decodeText } from './decode.js';

export interface CheckedFile {
  readonly file: string;
  readonly findings: readonly Finding[];
  /** The typed complaint, when the frontmatter could be read at all. */
  readonly complaint?: Complaint;
}

const SPLIT_MESSAGES = {
  'frontmatter-missing': 'Het bestand begint niet met frontmatter. De eerste regel moet precies --- zijn, gevolgd door de velden en weer een regel ---.',
  'frontmatter-unclosed': 'De frontmatter wordt niet afgesloten. Zet na de velden een regel met alleen ---, en daaronder de omschrijving.',
  'frontmatter-fence': 'De regel die de frontmatter afsluit moet precies --- zijn.',
} as const;

type Opened =
  | { readonly ok: false; readonly problem: Finding }
  | { readonly ok: true; readonly split: Extract<SplitResult, { kind: 'split' }> };

/** Decodes the bytes and splits off the frontmatter, or says in one finding why that is impossible. */
function openComplaint(file: string, bytes: Uint8Array): Opened {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return { ok: false, problem: finding(file, decoded.position, 'error', decoded.rule, null, decoded.message) };
  }
  if (decoded.text.trim() === '') {
    return { ok: false, problem: finding(file, FILE_START, 'error', 'file-empty', null, 'Het bestand is leeg. Een klachtbestand begint met frontmatter tussen twee regels ---, met daaronder de omschrijving.') };
  }
  const split = splitFrontmatter(decoded.text);
  if (split.kind === 'split') return { ok: true, split };
  const message = split.rule === 'frontmatter-language'
    // The language name is the user's own text after ---: shown only when it reads as a name, and nothing of it runs.
    ? `Alleen YAML-frontmatter is toegestaan${split.detail && isSafeToEcho(split.detail) ? ` (hier: '${split.detail}')` : ''}. Maak van de eerste regel precies ---. Deze frontmatter is niet gelezen en niet uitgevoerd.`
    : SPLIT_MESSAGES[split.rule];
  return { ok: false, problem: finding(file, { line: split.line, column: split.column }, 'error', split.rule, null, message) };
}

/** Checks one complaint file given as bytes. `file` is its path relative to the register root. */
export function checkComplaintBytes(
  file: string,
  bytes: Uint8Array,
  context: ValidationContext,
  options: { readonly authoritativeOnly?: boolean } = {},
): CheckedFile {
  const opened = openComplaint(file, bytes);
  if (!opened.ok) return { file, findings: [opened.problem] };
  const { split } = opened;
  const bodyPosition: Position = { line: split.bodyLine, column: 1 };

  // Fast path: where the plain reader reads the file, `yaml` would read the same data, so the
  // issues are the same; a clean file needs no positions, and the others get them without `yaml`
  // where plain-positions.ts can give them.
  const fastData = options.authoritativeOnly ? undefined : parsePlainYaml(split.matter);
  if (fastData) {
    const fast = validateComplaint(file, fastData, split.body, context);
    if (fast.issues.length === 0) return { file, findings: [], complaint: fast.complaint };
    const locator = plainLocator(split.matter);
    const positions = locator && placeAll(fast.issues, (path, target) => locator.locate(path, target), bodyPosition);
    if (positions) return { file, findings: issueFindings(file, fast.issues, positions), complaint: fast.complaint };
  }

  const slow = slowParse(split.matter);
  if (!slow.ok) {
    return { file, findings: capFindings(slow.problems.map((p) => finding(file, p.position, 'error', p.rule, null, p.message))) };
  }
  const { issues, complaint } = validateComplaint(file, slow.data, split.body, context);
  const positions = issues.map((issue) => placeOf(issue, (path, target) => slow.locator.locate(path, target), bodyPosition));
  return { file, findings: issueFindings(file, issues, positions), complaint };
}

/** Rules of the findings that say a file was not read at all (decode.ts, openComplaint): too large, not text, empty. */
const NOT_READ = new Set(['file-too-large', 'file-binary', 'file-encoding', 'file-empty']);

/** The finding that says a file was not read at all (too large, not text, empty), if there is one. */
export function notReadFinding(findings: readonly Finding[]): Finding | undefined {
  return findings.find((f) => NOT_READ.has(f.rule));
}

/**
 * Why a file gave no complaint, in Dutch, naming nothing of its content: the message of the finding
 * that says it was not read at all (as klacht valideer gives it), else that its frontmatter cannot be read.
 */
export function whyNotRead(findings: readonly Finding[]): string {
  return notReadFinding(findings)?.message ?? 'de frontmatter is niet te lezen; herstel eerst de fouten (klacht valideer).';
}

/** Findings shown in full per file; the rest are counted in one more finding. */
export const MAX_FINDINGS_PER_FILE = 100;

/**
 * A file's findings, the first MAX_FINDINGS_PER_FILE of them (by place) in full and the rest
 * counted in one finding at the first place left out: a file with 100,000 unknown keys would
 * otherwise fill a terminal, a job log and a JSON document with 100,000 lines saying the same.
 */
export function capFindings(findings: readonly Finding[]): readonly Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_FILE) return findings;
  const sorted = sortFindings(findings);
  const rest = sorted.slice(MAX_FINDINGS_PER_FILE);
  const errors = rest.filter((f) => f.severity === 'error').length;
  return [...sorted.slice(0, MAX_FINDINGS_PER_FILE), countedRest((rest[0] as Finding).file, rest[0] as Finding, errors, rest.length - errors)];
}

/**
 * A file's issues as findings, capped as capFindings caps them (the same findings in the same
 * order), but only the ones shown are made: for a file with 100,000 unknown keys, making 100,000
 * findings to show 100 was a tenth of the check.
 */
function issueFindings(file: string, issues: readonly Issue[], positions: readonly Position[]): readonly Finding[] {
  const at = (i: number): Position => positions[i] as Position;
  if (issues.length <= MAX_FINDINGS_PER_FILE) return issues.map((issue, i) => toFinding(file, issue, at(i)));
  // As sortFindings orders them (a stable sort: issues at one place and of one rule keep their order).
  const rule = (i: number): string => (issues[i] as Issue).rule;
  const order = issues.map((_, i) => i).sort((a, b) => at(a).line - at(b).line || at(a).column - at(b).column || (rule(a) < rule(b) ? -1 : rule(a) > rule(b) ? 1 : 0));
  const rest = order.slice(MAX_FINDINGS_PER_FILE);
  const errors = rest.filter((i) => (issues[i] as Issue).severity === 'error').length;
  return [...order.slice(0, MAX_FINDINGS_PER_FILE).map((i) => toFinding(file, issues[i] as Issue, at(i))), countedRest(file, at(rest[0] as number), errors, rest.length - errors)];
}

/** The one finding that counts the findings not shown, at the first place left out. */
function countedRest(file: string, place: Position, errors: number, warnings: number): Finding {
  const counted = [errors > 0 ? `${count(errors)} ${errors === 1 ? 'fout' : 'fouten'}` : '', warnings > 0 ? `${count(warnings)} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}` : '']
    .filter((part) => part !== '').join(' en ');
  const message = `Vanaf hier staan nog ${counted} in dit bestand die niet afzonderlijk worden getoond (alleen de eerste ${MAX_FINDINGS_PER_FILE} meldingen per bestand). Herstel eerst de meldingen hierboven en controleer het bestand opnieuw.`;
  return finding(file, place, errors > 0 ? 'error' : 'warning', 'too-many-findings', null, message);
}

function count(n: number): string {
  return n.toLocaleString('nl-NL');
}

/**
 * The typed complaint of a file's bytes, without validating it (for old versions from the git
 * history): undefined when the file cannot be split or its YAML cannot be read at all.
 */
export function complaintFromBytes(file: string, bytes: Uint8Array): Complaint | undefined {
  const opened = openComplaint(file, bytes);
  if (!opened.ok) return undefined;
  const data = parsePlainYaml(opened.split.matter) ?? (() => {
    const slow = slowParse(opened.split.matter);
    return slow.ok ? slow.data : undefined;
  })();
  return data && toComplaint(file, data, opened.split.body);
}

/** The place of a field in a complaint file's bytes (line 1, column 1 when it cannot be found). */
export function locateInBytes(bytes: Uint8Array, path: FieldPath, target: 'key' | 'value'): Position {
  const opened = openComplaint('', bytes);
  if (!opened.ok) return FILE_START;
  const plain = plainLocator(opened.split.matter)?.locate(path, target);
  if (plain) return plain;
  const slow = slowParse(opened.split.matter);
  return slow.ok ? slow.locator.locate(path, target) : FILE_START;
}

type Locate<P extends Position | undefined> = (path: FieldPath, target: 'key' | 'value') => P;

/** An issue's place in the file, through `locate` (undefined when `locate` cannot say). */
function placeOf<P extends Position | undefined>(issue: Issue, locate: Locate<P>, bodyPosition: Position): Position | P {
  switch (issue.target) {
    case 'file': return FILE_START;
    case 'body': return bodyPosition;
    case 'missing': return issue.path.length > 1 ? locate(issue.path.slice(0, -1), 'key') : FILE_START;
    default: return locate(issue.path, issue.target);
  }
}

function toFinding(file: string, issue: Issue, position: Position): Finding {
  const field = issue.field !== undefined ? issue.field : issue.path.length > 0 ? issue.path.join('.') : null;
  const placed = finding(file, position, issue.severity, issue.rule, field, issue.message);
  return { ...placed, ...(issue.expected === undefined ? {} : { expected: issue.expected }), ...(issue.actual === undefined ? {} : { actual: issue.actual }) };
}

/** The place of every issue, or undefined when `locate` cannot place one of them. */
function placeAll(issues: readonly Issue[], locate: Locate<Position | undefined>, bodyPosition: Position): Position[] | undefined {
  const positions: Position[] = [];
  for (const issue of issues) {
    const position = placeOf(issue, locate, bodyPosition);
    if (!position) return undefined;
    positions.push(position);
  }
  return positions;
}

/** Gives an issue its place in the file. */
export function positioned(file: string, issue: Issue, locator: Locator, bodyPosition: Position): Finding {
  return toFinding(file, issue, placeOf(issue, (path, target) => locator.locate(path, target), bodyPosition));
}
