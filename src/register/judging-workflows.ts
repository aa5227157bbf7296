/**
 * The workflows that judge a pull request (the validation and the signature check) keep what
 * `klacht init` gave them: their triggers, which make GitHub run the default branch's workflow
 * (a judging workflow moved to `pull_request` runs the pull request's own file, which the pull
 * request can change), and the signature job's condition, which lets only a run of the approval
 * relay's own file, started by a review, start the check (`workflow_run` matches by name, and a
 * workflow of that name can stand on any branch). Findings of `klacht valideer`.
 */
import type { RuleId } from '../core/complaint/rule-table.js';
import { isDeepStrictEqual } from 'node:util';
import type { Document, LineCounter, Node } from 'yaml';
import { finding, type Finding } from '../core/complaint/finding.js';
import { SIGNATURE_JOB_CONDITION, SIGNATURE_TRIGGERS, VALIDATE_TRIGGERS } from '../core/github-policy/register-files.js';
import { readYamlDocument } from './yaml-document.js';
import { yamlLib } from './yaml-lib.js';

type Judge = 'ondertekening' | 'valideer';

/** What `klacht init` writes as `on:` for each judging workflow, as data (read as every YAML of the register is). */
function expectedTriggers(judge: Judge): unknown {
  return (readYamlDocument((judge === 'ondertekening' ? SIGNATURE_TRIGGERS : VALIDATE_TRIGGERS).join('\n')).doc.toJS() as { on: unknown }).on;
}

/** The klacht command a step runs (`with: opdracht:`) and whether it sets the verdict as a status. */
function judgeOf(step: unknown): Judge | undefined {
  const { isMap } = yamlLib();
  if (!isMap(step)) return undefined;
  const command = step.getIn(['with', 'opdracht']);
  const args = String(step.getIn(['with', 'argumenten']) ?? '');
  if (command === 'ondertekening' && /--basis\b/.test(args)) return 'ondertekening';
  if (command === 'valideer' && /--status\b/.test(args)) return 'valideer';
  return undefined;
}

/** Findings for one parsed workflow file: a judging workflow with other triggers, or a signature job without its condition. */
export function judgingFindings(file: string, document: Document, lines: LineCounter): Finding[] {
  const { isMap, isSeq, isScalar } = yamlLib();
  const jobs = document.get('jobs', true);
  if (!isMap(jobs)) return [];
  const at = (node: Node | null | undefined, rule: RuleId, message: string): Finding => {
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
    return finding(file, { line, column: col }, 'error', rule, null, message);
  };
  const findings: Finding[] = [];
  const judges = new Set<Judge>();
  for (const job of jobs.items) {
    if (!isMap(job.value)) continue;
    const steps = job.value.get('steps', true);
    const own = new Set((isSeq(steps) ? steps.items : []).flatMap((step) => judgeOf(step) ?? []));
    own.forEach((j) => judges.add(j));
    if (own.has('ondertekening')) {
      const condition = job.value.get('if', true);
      const text = isScalar(condition) ? String(condition.value).trim() : undefined;
      if (text !== SIGNATURE_JOB_CONDITION) {
        findings.push(at(isScalar(condition) ? condition : job.key as Node, 'workflow-condition',
          `De controle van de ondertekening moet deze voorwaarde hebben (zoals klacht init haar schrijft): if: ${SIGNATURE_JOB_CONDITION}. `
          + 'Anders start elke workflow die "Goedkeuring doorgeven" heet, op welke branch ook, de controle wanneer hij wil.'));
      }
    }
  }
  const on = document.get('on', true) as Node | undefined;
  const actual = document.toJS({ maxAliasCount: 100 }) as { on?: unknown } | null;
  for (const judge of [...judges].sort()) {
    if (isDeepStrictEqual(actual?.on, expectedTriggers(judge))) continue;
    const what = judge === 'ondertekening' ? 'de ondertekening' : 'de klachtbestanden';
    findings.push(at(on ?? null, 'workflow-trigger',
      `Deze workflow beoordeelt ${what} van een pull request en moet de triggers houden die klacht init hem gaf (${judge === 'ondertekening' ? 'pull_request_target en workflow_run van "Goedkeuring doorgeven"' : 'pull_request_target en push naar main'}). `
      + 'Met een andere trigger (zoals pull_request) draait GitHub de workflow uit de pull request zelf, die de pull request kan veranderen.'));
  }
  return findings;
}
