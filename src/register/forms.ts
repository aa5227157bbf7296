/**
 * The register's forms (core/forms.ts) on disk: which release of klacht the workflows use, whether
 * each form still matches klachtenregister.yml (a finding of `klacht valideer` when it drifted), and
 * writing them anew (`klacht formulieren`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegisterConfig } from '../core/complaint/config.js';
import { finding, type Finding } from '../core/complaint/finding.js';
import { FORMS, formWorkflow, pinsIn } from '../core/github-policy/forms.js';
import { FULL_SHA, type ToolAction } from '../core/github-policy/tool-action.js';
import { writeFileAtomic } from './atomic-write.js';
import { WORKFLOWS_DIR } from './workflow-checks.js';
import { yamlLib } from './yaml-lib.js';

/** The klacht action one workflow text uses (a step with `opdracht:`), with its version comment. */
export function toolActionOf(text: string): ToolAction | undefined {
  const { parse } = yamlLib();
  let workflow: unknown;
  try {
    workflow = parse(text);
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
  let names: string[];
  try {
    names = readdirSync(join(root, WORKFLOWS_DIR)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return undefined;
  }
  for (const name of names) {
    const action = toolActionOf(readFileSync(join(root, WORKFLOWS_DIR, name), 'utf8'));
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
    // Line endings as git may have made them on a checkout; the other actions' pins as Dependabot set them.
    const text = readFileSync(join(root, file), 'utf8').replace(/\r\n/g, '\n');
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
    const before = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    const text = formWorkflow(form, config, action, before === undefined ? {} : pinsIn(before));
    const state = before === undefined ? 'nieuw' : before === text ? 'ongewijzigd' : 'bijgewerkt';
    if (!dryRun && state !== 'ongewijzigd') writeFileAtomic(target, text);
    return { path, state };
  });
}
