/**
 * The forms in GitHub: one workflow_dispatch workflow per step of the procedure, for people
 * without a terminal. Each runs the step's command with `--formulier` (the values come from the
 * event, never from the workflow's log) and `klacht voorstel` (a draft pull request), through the
 * released action. Choices (rol, wijze, categorie, the people) come from klachtenregister.yml, so
 * the forms are made again when it changes (`klacht formulieren`; `klacht valideer` finds drift).
 * Pure: definitions in, workflow text out.
 */
import type { RegisterConfig } from '../complaint/config.js';
import { DOCUMENT_KINDS } from '../complaint/documents.js';
import { actionUses, PINNED_ACTIONS, type ToolAction } from './tool-action.js';
import { sourceOptions } from '../steps/choices.js';
import { CREATE_STEP, STEPS } from '../steps/index.js';
import type { ChoiceSource, CreateDefinition, StepDefinition, StepField } from '../steps/step.js';

/** Where a form's choice input takes its options from: a step's choice, yes/no, or the documents. */
export type FormChoice = ChoiceSource | 'ja-nee' | 'documenten';

export interface FormField {
  /** The input's name: the command's option (or `klachtnummer`, its first argument; `maatregel-2` a second `--maatregel`). */
  readonly input: string;
  readonly description: string;
  readonly required: boolean;
  readonly choices?: FormChoice;
}

export interface FormDefinition {
  /** The workflow file in .github/workflows/. */
  readonly file: string;
  /** The name people see under Actions ("Klacht registreren"). */
  readonly name: string;
  readonly command: string;
  /** The step, for `klacht voorstel --stap`; undefined for a form that proposes nothing (documents). */
  readonly step?: string;
  readonly fields: readonly FormField[];
}

/**
 * What "(…)" stands for in a choice (GitHub's choices can't be empty): not filled in (an optional
 * choice), not yet chosen (a choice the step needs: the step refuses it and names the field), or all.
 */
export const NOT_CHOSEN = '(leeg)';
export const CHOOSE = '(kies)';
export const ALL_DOCUMENTS = '(alle)';

const ID_FIELD: FormField = { input: 'klachtnummer', description: 'Klachtnummer, bijvoorbeeld KL-2026-007', required: true };

/**
 * The inputs of one field of a step. A field the step may need is required in the form too, so no
 * form can be sent without what its step then refuses for. A field printed in a letter says so.
 */
function formFields(field: StepField): FormField[] {
  const required = field.need !== 'no';
  const letter = field.inLetter ? ` (staat letterlijk in de brief aan de indiener: ${field.inLetter})` : '';
  const description = `${field.label}${field.kind === 'date' ? `, bijvoorbeeld 3-12-2026${field.today ? ` (leeg: ${field.emptyMeans ?? 'vandaag'})` : ''}` : ''}${letter}`;
  switch (field.kind) {
    case 'texts':
      return Array.from({ length: field.formInputs ?? 1 }, (_, i) => ({ input: `${field.name}-${i + 1}`, description: i === 0 ? `${description} (niet verplicht)` : `Nog een: ${field.label.charAt(0).toLowerCase()}${field.label.slice(1)}${letter}`, required: false }));
    case 'yes-no':
      return [{ input: field.name, description, required, choices: 'ja-nee' }];
    case 'choice':
      // A complaint's own measures can't be a list in a form: it is their number.
      return [field.choices === undefined || field.choices === 'maatregelen' ? { input: field.name, description, required } : { input: field.name, description, required, choices: field.choices }];
    default:
      return [{ input: field.name, description: required ? description : `${description}${field.today ? '' : ' (niet verplicht)'}`, required }];
  }
}

function stepForm(step: StepDefinition | CreateDefinition, withId: boolean): FormDefinition {
  return { file: step.form.file, name: step.form.name, command: step.command, step: step.form.step, fields: [...(withId ? [ID_FIELD] : []), ...step.fields.flatMap(formFields)] };
}

/** The forms, in the order of the procedure: one per step (made from its declaration), and the documents. */
export const FORMS: readonly FormDefinition[] = [
  stepForm(CREATE_STEP, false),
  ...STEPS.map((step) => stepForm(step, true)),
  {
    file: 'formulier-documenten.yml', name: 'Documenten maken', command: 'pdf',
    fields: [ID_FIELD, { input: 'soort', description: 'Welk document (alle: wat bij de klacht past)', required: true, choices: 'documenten' }],
  },
];

function choicesOf(source: FormChoice, config: RegisterConfig): readonly string[] {
  if (source === 'ja-nee') return ['ja', 'nee'];
  if (source === 'documenten') return [ALL_DOCUMENTS, ...DOCUMENT_KINDS];
  return sourceOptions(source, config).map((o) => o.value);
}

/** A YAML scalar that reads back as `text`. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

/** The `inputs:` block of a form: choices where the register has them, text otherwise. */
function inputLines(form: FormDefinition, config: RegisterConfig): string[] {
  return form.fields.flatMap((field) => {
    const options = field.choices ? choicesOf(field.choices, config) : [];
    // A choice starts at "(kies)" (needed: refused until chosen) or "(leeg)" (optional): GitHub
    // takes the first option as the default, and a default nobody chose must not be recorded.
    const shown = field.choices === 'documenten' ? options : [field.required ? CHOOSE : NOT_CHOSEN, ...options];
    const choice = field.choices !== undefined && options.length > 0;
    return [
      `      ${field.input}:`,
      `        description: ${quoted(field.description)}`,
      `        required: ${field.required}`,
      ...(choice
        ? ['        type: choice', '        options:', ...shown.map((o) => `          - ${quoted(o)}`)]
        : ['        type: string']),
    ];
  });
}

/** The other actions a form uses, as `uses:` values with their version comment. */
export interface FormPins {
  readonly checkout: string;
  readonly uploadArtifact: string;
}

/**
 * The pins of checkout and upload-artifact in a form's text, where present: Dependabot moves them in
 * the register, and a form made anew keeps what Dependabot set.
 */
export function pinsIn(text: string): Partial<FormPins> {
  const find = (name: string): string | undefined => new RegExp(`uses: (actions/${name}@[0-9a-f]{40}(?: # \\S+)?)\\s*$`, 'm').exec(text)?.[1];
  const checkout = find('checkout');
  const uploadArtifact = find('upload-artifact');
  return { ...(checkout ? { checkout } : {}), ...(uploadArtifact ? { uploadArtifact } : {}) };
}

/** The text of one form's workflow for this register and this release of klacht. */
export function formWorkflow(form: FormDefinition, config: RegisterConfig, action: ToolAction, pins: Partial<FormPins> = {}): string {
  const checkoutUses = pins.checkout ?? PINNED_ACTIONS.checkout;
  const uploadUses = pins.uploadArtifact ?? PINNED_ACTIONS.uploadArtifact;
  const uses = actionUses(action);
  const proposes = form.step !== undefined;
  const header = proposes
    ? [
      `# Formulier "${form.name}": ${form.step === 'Ontvangst' ? 'een nieuwe klacht' : 'een stap van een klacht'}, zonder YAML te typen. Open het onder`,
      '# Actions → "' + form.name + '" → Run workflow. klacht neemt de ingevulde waarden uit de gebeurtenis (nooit uit',
      '# dit bestand of het log), past het klachtbestand aan, en zet de wijziging in een concept-pull request.',
      '# Zet die op "Ready for review"; een directielid keurt hem goed: dat is de handtekening.',
      '# Let op: wat in het formulier staat, bewaart GitHub bij de run tot de run wordt verwijderd.',
    ]
    : [
      `# Formulier "${form.name}": de PDF's van één klacht, als artifact van deze run (één dag bewaard).`,
      '# Ze bevatten persoonsgegevens: download ze, verstuur de brief, en bewaar ze niet elders.',
    ];
  return [
    ...header,
    '# Gemaakt door klacht formulieren uit klachtenregister.yml; wijzig het niet met de hand.',
    `name: ${quoted(form.name)}`,
    '',
    'on:',
    '  workflow_dispatch:',
    '    inputs:',
    ...inputLines(form, config),
    '',
    'permissions:',
    ...(proposes ? ['  contents: write', '  pull-requests: write'] : ['  contents: read', '  pull-requests: read']),
    '',
    'jobs:',
    '  formulier:',
    `    name: ${quoted(form.name)}`,
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 10',
    '    steps:',
    `      - uses: ${checkoutUses}`,
    '        with:',
    '          fetch-depth: 0',
    '          persist-credentials: false',
    `      - name: ${quoted(proposes ? `${form.step} vastleggen` : 'Documenten maken')}`,
    `        uses: ${uses}`,
    '        with:',
    `          opdracht: ${form.command}`,
    '          argumenten: |',
    '            --formulier',
    ...(proposes ? [] : ['            --uit', '            documenten']),
    ...(proposes
      ? [
        '      - name: Concept-pull request openen',
        `        uses: ${uses}`,
        '        with:',
        '          opdracht: voorstel',
        '          argumenten: |',
        '            --stap',
        `            ${form.step}`,
      ]
      : [
        "      - name: Documenten bewaren (1 dag, bevatten persoonsgegevens)",
        `        uses: ${uploadUses}`,
        '        with:',
        '          name: documenten',
        '          path: documenten/',
        '          retention-days: 1',
        '          if-no-files-found: error',
      ]),
    '',
  ].join('\n');
}

/** Every form's path and text. */
export function formFiles(config: RegisterConfig, action: ToolAction): { path: string; text: string }[] {
  return FORMS.map((form) => ({ path: `.github/workflows/${form.file}`, text: formWorkflow(form, config, action) }));
}
