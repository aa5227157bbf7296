/**
 * Whether a register's workflows keep the checks honest: a check that runs code from the register
 * itself (its own action, npm, a script in the repository) runs what a pull request can change,
 * and an action pinned by a tag runs whatever that tag points at tomorrow. Both are findings of
 * `klacht valideer`, with file, line and column.
 */
import type { RuleId } from '../core/complaint/rule-table.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LineCounter, Node } from 'yaml';
import { finding, type Finding, type Position } from '../core/complaint/finding.js';
import { readTextFile } from './bounded-read.js';
import { capFindings } from './check-file.js';
import { judgingFindings } from './judging-workflows.js';
import { readYamlDocument, type StructureProblem } from './yaml-document.js';
import { yamlLib } from './yaml-lib.js';

export const WORKFLOWS_DIR = '.github/workflows';

/**
 * Programs that run code from the files around them: a package's scripts, a build, a script file.
 * A strict and simple test (a heuristic, README "GitHub"): such a name anywhere as a word counts,
 * also after `sudo`, `timeout 60`, `VAR=x` or inside `bash -c "…"`, and also in an echo.
 */
const RUNS_CODE = /(?:^|[\s;&|(`{!"'=])(npm|npx|pnpm|yarn|bun|node|deno|tsx|ts-node|python3?|pip3?|ruby|perl|php|make|java|go|cargo|dotnet)(?=[\s;&|)`}"']|$)/;
/** A file of the repository run as a program or sourced: ./x, bash x.sh, source x, . x */
const RUNS_FILE = /(?:^|[\s;&|(`{!"'])(\.{1,2}\/[^\s;&|)"'`]+|(?:ba|z|da|k)?sh\s+(?!-)[^\s;&|)"'`]+|source\s+[^\s;&|)"'`]+|\.\s+[^\s;&|)"'`]+)/;

/** What a `run:` line executes from the repository, if anything ("npm", "./scripts/x.sh"). */
export function registerCodeIn(line: string): string | undefined {
  // Only a whole-line comment is left out: a `#` inside a line may be text ("stap #1").
  if (/^\s*#/.test(line)) return undefined;
  const code = line.trim();
  if (code === '') return undefined;
  return RUNS_CODE.exec(code)?.[1] ?? RUNS_FILE.exec(code)?.[1];
}

/** What is wrong with a step's `uses:` value, or undefined when it is pinned and not local. */
export function usesProblem(uses: string, jobLevel: boolean): { rule: RuleId; message: string } | undefined {
  const value = uses.trim();
  if (value.startsWith('./') || value.startsWith('../')) {
    // A reusable workflow of the repository is itself a workflow file, checked like this one.
    if (jobLevel && /^\.\/\.github\/workflows\/[^/]+\.ya?ml$/.test(value)) return undefined;
    return {
      rule: 'workflow-register-code',
      message: `Deze stap gebruikt een actie uit de repository zelf (${value}): een pull request kan die veranderen en zo bepalen wat de check zegt. Gebruik de uitgebrachte actie van klacht, vastgezet op een commit.`,
    };
  }
  if (value.startsWith('docker://')) {
    return /@sha256:[0-9a-f]{64}$/.test(value) ? undefined : {
      rule: 'action-not-pinned',
      message: `${value} is niet vastgezet op een digest (@sha256:…): dezelfde naam kan later ander programma zijn.`,
    };
  }
  const at = value.lastIndexOf('@');
  const ref = at < 0 ? '' : value.slice(at + 1);
  if (/^[0-9a-f]{40}$/.test(ref)) return undefined;
  const name = at < 0 ? value : value.slice(0, at);
  return {
    rule: 'action-not-pinned',
    message: `De actie ${name} is vastgezet op '${ref || '(niets)'}', een naam die later naar andere code kan wijzen. Zet haar vast op de volledige commit (40 tekens) met de versie als commentaar erachter, bijv. ${name}@<commit> # v1.2.3; Dependabot stelt nieuwe versies voor.`,
  };
}

function position(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** bash or sh as GitHub starts them; any other shell (node {0}, ./mijn-shell {0}) is a program. */
const KNOWN_SHELL = /^(?:bash|sh)(?:\s+-[a-z]+)*(?:\s+\{0\})?$/;

function ownShell(shell: string): string {
  return `Deze stap draait in een eigen shell (${shell}): dat is een programma dat een pull request kan veranderen. Laat shell weg (dan is het bash).`;
}

/** The images of a job's container and services (a string, or a mapping with image). */
function imagesOf(container: unknown, services: unknown): unknown[] {
  const { isMap, isScalar } = yamlLib();
  const image = (node: unknown): unknown[] => (isScalar(node) ? [node] : isMap(node) ? [node.get('image', true)] : []);
  return [...image(container), ...(isMap(services) ? services.items.flatMap((item) => image(item.value)) : [])];
}

/** The names of the workflow files of the register (none when it has no .github/workflows), sorted. */
export function workflowNames(root: string): string[] {
  try {
    return readdirSync(join(root, WORKFLOWS_DIR)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
}

/** Findings for every workflow file of the register, each read no further than the size limit. */
export function workflowFindings(root: string): Finding[] {
  return workflowNames(root).flatMap((name) => {
    const file = `${WORKFLOWS_DIR}/${name}`;
    const read = readTextFile(root, file, 'Een workflow');
    return read.ok ? checkWorkflow(file, read.text) : [read.finding];
  });
}

/** What `yaml`'s code would be for a problem the walk over the document finds (yaml-document.ts). */
const STRUCTURE_CODES: Readonly<Record<StructureProblem['kind'], string>> = {
  'duplicate-key': 'DUPLICATE_KEY', 'key-not-text': 'NON_STRING_KEY', 'too-deep': 'RESOURCE_EXHAUSTION',
  'too-many-aliases': 'BAD_ALIAS', 'alias-missing': 'BAD_ALIAS', 'alias-later': 'BAD_ALIAS', 'alias-self': 'BAD_ALIAS',
};

/**
 * Findings for one workflow file's text, read as the frontmatter is (readYamlDocument: duplicate
 * keys found in one pass, not by `yaml`'s check that compares every key with every earlier one;
 * aliases without an anchor before them found before anything resolves them). At most
 * MAX_FINDINGS_PER_FILE in full.
 */
export function checkWorkflow(file: string, source: string): Finding[] {
  const { isMap, isScalar, isSeq } = yamlLib();
  const { doc: document, lineCounter: lines, structure } = readYamlDocument(source);
  const [error] = document.errors;
  const [problem] = structure;
  const unreadable = error && (!problem || error.pos[0] <= problem.offset) ? { offset: error.pos[0], code: error.code } : problem && { offset: problem.offset, code: STRUCTURE_CODES[problem.kind] };
  if (unreadable) {
    return [finding(file, position(lines, unreadable.offset), 'error', 'workflow-yaml', null,
      `Deze workflow is geen geldige YAML (${unreadable.code}); GitHub voert hem niet uit. Herstel het bestand.`)];
  }
  // The workflows that judge pull requests keep their triggers and condition (register/judging-workflows.ts).
  const findings: Finding[] = judgingFindings(file, document, lines);
  const at = (node: Node, rule: RuleId, message: string, offset = node.range?.[0] ?? 0): void => {
    findings.push(finding(file, position(lines, offset), 'error', rule, null, message));
  };
  const jobs = document.get('jobs', true);
  if (!isMap(jobs)) return findings;
  for (const job of jobs.items) {
    if (!isMap(job.value)) continue;
    const jobUses = job.value.get('uses', true);
    if (isScalar(jobUses) && typeof jobUses.value === 'string') {
      const problem = usesProblem(jobUses.value, true);
      if (problem) at(jobUses, problem.rule, problem.message);
    }
    for (const image of imagesOf(job.value.get('container', true), job.value.get('services', true))) {
      if (isScalar(image) && typeof image.value === 'string' && !/@sha256:[0-9a-f]{64}$/.test(image.value)) {
        at(image, 'action-not-pinned', `Het image ${image.value} is niet vastgezet op een digest (@sha256:…): dezelfde naam kan later ander programma zijn.`);
      }
    }
    const jobShell = job.value.getIn(['defaults', 'run', 'shell'], true);
    if (isScalar(jobShell) && typeof jobShell.value === 'string' && !KNOWN_SHELL.test(jobShell.value)) at(jobShell, 'workflow-register-code', ownShell(jobShell.value));
    const steps = job.value.get('steps', true);
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const uses = step.get('uses', true);
      if (isScalar(uses) && typeof uses.value === 'string') {
        const problem = usesProblem(uses.value, false);
        if (problem) at(uses, problem.rule, problem.message);
      }
      if (isScalar(uses) && typeof uses.value === 'string' && /^actions\/github-script@/.test(uses.value)) {
        at(uses, 'workflow-register-code', 'Deze stap voert JavaScript uit (actions/github-script), dat bestanden uit de repository kan laden. Een register heeft dat niet nodig: gebruik de actie van klacht.');
      }
      const shell = step.get('shell', true);
      if (isScalar(shell) && typeof shell.value === 'string' && !KNOWN_SHELL.test(shell.value)) at(shell, 'workflow-register-code', ownShell(shell.value));
      const run = step.get('run', true);
      if (!isScalar(run) || typeof run.value !== 'string') continue;
      const [start, end] = run.range ?? [0, source.length];
      // Each line is found in the source after the one before it, and once one is not found as
      // it stands (a folded or escaped value) the rest are placed at the value: searching every
      // line from the start of the value was quadratic, and put repeated lines all at the first.
      let from: number | undefined = start;
      for (const line of run.value.split('\n')) {
        const needle = line.trim();
        const found: number = from === undefined ? -1 : source.indexOf(needle, from);
        const offset: number = found >= 0 && found + needle.length <= end ? found : -1;
        from = offset >= 0 ? offset + needle.length : undefined;
        const code = registerCodeIn(line);
        if (code === undefined) continue;
        at(run, 'workflow-register-code',
          `Deze stap voert code uit de repository zelf uit (${code}): een pull request kan die code veranderen en zo de checks laten zeggen wat hij wil. Laat de workflow alleen de uitgebrachte actie van klacht gebruiken, zonder installatie.`,
          offset >= 0 ? offset : start);
      }
    }
  }
  return [...capFindings(findings)];
}
