/**
 * The register's forms (core/forms.ts) on disk: which release of klacht the workflows use, whether
 * each form still matches klachtenregister.yml (a finding of `klacht valideer` when it drifted), and
 * writing them anew (`klacht formulieren`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RegisterConfig } from '../core/complaint/config.js';
import { finding, type Finding } from '../core/complaint/finding.js';
import { FORMS, formWorkflow, pinsIn } from '../core/github-policy/forms.js';
import { FULL_SHA, type ToolAction } from '../core/github-policy/tool-action.js';
import { writeFileAtomic } from './atomic-write.js';
import { readTextFile } from './bounded-read.js';
import { WORKFLOWS_DIR, workflowNames } from './workflow-checks.js';
import { MAX_ALIASES, readYamlDocument } from './yaml-document.js';

/** The klacht action one workflow text uses (a step with `opdracht:`), with its version comment. */
export function toolActionOf(text: string): ToolAction | undefined {
  // Read as every YAML file of the register is (yaml-document.ts): not with `yaml`'s own
  // duplicate-key check, which is quadratic.
  const { doc, structure } = readYamlDocument(text);
  if (doc.errors.length > 0 || structure.length > 0) return undefined;
  let workflow: unknown;
  try {
    workflow = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return undefined;
  }
  const jobs = (workflow as { jobs?: Record<string, { steps?: { uses?: unknown; with?: { opdracht?: unknown } }[] }> } | null)?.jobs ?? {};
  for (const job of Object.values(jobs)) {
    for (const step of job?.steps ?? []) {
      if (typeof step?.uses !== 'string' || step.with?.opdracht === undefined) continue;
      const match = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{40})$/.exec(step.uses);
      if (!match?.[1] || !match[2] || !FULL_SHA.test(match[2])) continue;
      const escaped = step.uses.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const version = new RegExp(`uses:\\s*${escaped}\\s+#\\s*(\\S+)`).exec(text)?.[1];
      return { repository: match[1], commit: match[2], ...(version ? { version } : {}) };
    }
  }
  return undefined;
}

/** The klacht action the register's workflows use: from the first workflow (sorted) that names it. */
export function registerToolAction(root: string): ToolAction | undefined {
  for (const name of workflowNames(root)) {
    const read = readTextFile(root, `${WORKFLOWS_DIR}/${name}`, 'Een workflow');
    const action = read.ok ? toolActionOf(read.text) : undefined;
    if (action) return action;
  }
  return undefined;
}

/** Findings for forms that no longer match klachtenregister.yml, or that are missing next to the others. */
export function formFindings(root: string, config: RegisterConfig): Finding[] {
  const present = FORMS.filter((form) => existsSync(join(root, WORKFLOWS_DIR, form.file)));
  if (present.length === 0) return [];
  const findings: Finding[] = [];
  for (const form of FORMS) {
    const file = `${WORKFLOWS_DIR}/${form.file}`;
    if (!present.includes(form)) {
      findings.push(finding(file, { line: 1, column: 1 }, 'warning', 'form-missing', null,
        `Het formulier "${form.name}" ontbreekt, terwijl de andere formulieren er zijn. Maak de formulieren opnieuw met klacht formulieren.`));
      continue;
    }
    const read = readTextFile(root, file, 'Een formulier');
    // A form that cannot be read is a workflow that cannot: workflowFindings reports it.
    if (!read.ok) continue;
    // Line endings as git may have made them on a checkout; the other actions' pins as Dependabot set them.
    const text = read.text.replace(/\r\n/g, '\n');
    const action = toolActionOf(text);
    if (!action || text !== formWorkflow(form, config, action, pinsIn(text))) {
      findings.push(finding(file, { line: 1, column: 1 }, 'error', 'form-drift', null,
        `Het formulier "${form.name}" loopt niet gelijk met klachtenregister.yml (de keuzes voor mensen, rol of categorie) of is met de hand gewijzigd. Maak de formulieren opnieuw met klacht formulieren en neem de wijziging op in deze pull request.`));
    }
  }
  return findings;
}

export type FormWrite = { readonly path: string; readonly state: 'nieuw' | 'bijgewerkt' | 'ongewijzigd' };

/** Writes every form for `config` and `action` (atomically); `dryRun` only says what would change. */
export function writeForms(root: string, config: RegisterConfig, action: ToolAction, dryRun: boolean): FormWrite[] {
  return FORMS.map((form) => {
    const path = `${WORKFLOWS_DIR}/${form.file}`;
    const target = join(root, path);
    // A form that cannot be read (over the size limit) is written anew, with the standard pins.
    const read = existsSync(target) ? readTextFile(root, path, 'Een formulier') : undefined;
    const before = read === undefined ? undefined : read.ok ? read.text : '';
    const text = formWorkflow(form, config, action, before === undefined ? {} : pinsIn(before));
    const state = before === undefined ? 'nieuw' : before === text ? 'ongewijzigd' : 'bijgewerkt';
    if (!dryRun && state !== 'ongewijzigd') writeFileAtomic(target, text);
    return { path, state };
  });
}
