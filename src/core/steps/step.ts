/**
 * A step of the procedure, declared once (README "De opdrachten", docs/reference): its fields and a
 * pure plan from the complaint and the answers to the edits of the complaint file. From this one
 * declaration come the step command's options and `--help`, its questions on a terminal, its form
 * in GitHub (a workflow_dispatch workflow), the command reference in the docs, and the table tests
 * of the plan. Nothing here reads a file or a terminal: the command line (cli/steps/) and the forms
 * (core/github-policy/forms.ts) do that from the declaration.
 */
import type { CalendarDate } from '../time/calendar-date.js';
import type { Complainant, Complaint, IntakeChannel } from '../complaint/complaint.js';
import type { RegisterConfig } from '../complaint/config.js';

/** Where a choice takes its options from: the schema's words, or the register's people and categories. */
export type ChoiceSource =
  | 'rollen' | 'wijzen' | 'richtingen' | 'soorten' | 'oordelen' | 'maatregel-statussen'
  | 'categorieen' | 'mensen' | 'directie'
  /** The complaint's own measures by number: a list on a terminal, a number in a form (which can't know them). */
  | 'maatregelen';

/**
 * What a field holds: one line of text, a date (`JJJJ-MM-DD`, `3-12-2026` or `3 december 2026`),
 * one of a list, yes or no (two options: `--complex` / `--niet-complex`), several texts (an option
 * that may be given more than once; a form offers `formInputs` of them), or the path of a file in
 * the register (a scan, a letter: the command line checks that it is there).
 */
export type FieldKind = 'text' | 'date' | 'choice' | 'yes-no' | 'texts' | 'file';

export interface StepField {
  /** The option's name and the form's input: `standpunt-directie`. */
  readonly name: string;
  readonly kind: FieldKind;
  /** What it is, in Dutch, without a full stop: the form's description and the option's help. */
  readonly label: string;
  /** The question on a terminal. */
  readonly question: string;
  /** Shown in `--help`: `--reden <tekst>`. */
  readonly valueName?: string;
  readonly choices?: ChoiceSource;
  /**
   * When the step needs it: `always`; `missing`: when the complaint does not have it yet (see `has`);
   * `no`: never (optional).
   */
  readonly need: 'always' | 'missing' | 'no';
  /**
   * Whether the complaint has it already: for `need: 'missing'` whether it is needed at all; for any
   * field whether a terminal asks for it (a field the complaint has is asked only when needed).
   */
  readonly has?: (complaint: Complaint) => boolean;
  /**
   * For a choice of people: a terminal's list starts on the person typing, when the register names
   * them (who records a complaint is usually who took it in); else on "(kies)", as every choice that matters.
   */
  readonly startsOnCurrentPerson?: boolean;
  /** A date left empty is today. */
  readonly today?: boolean;
  /** What an empty date means when it is not simply today (said in the form and the help). */
  readonly emptyMeans?: string;
  /** The letter to the complainant that prints this field, if any: said in `--help` and in the form. */
  readonly inLetter?: string;
  /** For `texts`: how many inputs the form has. */
  readonly formInputs?: number;
  /** For `yes-no`: the option that says no (`niet-complex`); the yes is `name`. */
  readonly negative?: string;
  /** For `yes-no`: what yes and no mean, for the two options' help (`Een complexe klacht: reactie binnen een maand`). */
  readonly yes?: string;
  readonly no?: string;
}

/** The value a field of each kind gives the plan. */
export type FieldValue<K extends FieldKind> = K extends 'date' ? CalendarDate : K extends 'yes-no' ? boolean : K extends 'texts' ? readonly string[] : string;

/** The answers of a step, by field name; a field that was not given is absent. */
export type Answers<F extends readonly StepField[]> = { readonly [X in F[number] as X['name']]?: FieldValue<X['kind']> };

/** A value written into the frontmatter: text, yes/no, a map or a list. */
export type EditValue = string | boolean | { readonly [key: string]: EditValue } | readonly EditValue[];
export type EditPath = readonly (string | number)[];

/** One change of the complaint file: a value set at a path, or an item added to a list. */
export type StepEdit =
  | { readonly op: 'set'; readonly path: EditPath; readonly value: EditValue }
  | { readonly op: 'append'; readonly path: EditPath; readonly value: EditValue };

/**
 * What to do next, said both ways: as a command for the terminal and as the form in GitHub. The
 * command line shows `command`, a form's run shows `form`; `text` is what it is for.
 */
export interface NextStep {
  readonly text: string;
  /** The text starts with a person's name, which keeps its capital after "Volgende stap:". */
  readonly startsWithName?: boolean;
  /** `klacht pdf KL-2026-007 --soort reactie`. */
  readonly command?: string;
  /** The form's name in GitHub: `Documenten maken`. */
  readonly form?: string;
}

/** Why a step can't be taken on this complaint now, and what comes first. */
export interface StepRefusal {
  readonly message: string;
  readonly next?: readonly NextStep[];
}

export interface PlanInput<F extends readonly StepField[]> {
  readonly id: string;
  readonly complaint: Complaint;
  readonly answers: Answers<F>;
  readonly today: CalendarDate;
  readonly config: RegisterConfig;
}

export interface StepPlan {
  readonly edits: readonly StepEdit[];
  /** After the step is written: what comes next (the command line and the form say it their way). */
  readonly next: readonly NextStep[];
}

/** A plan that can't be made from these answers (a measure's number that the complaint doesn't have). */
export interface RefusedPlan {
  readonly refused: StepRefusal;
}

/** What every step declares: its command, its help, its fields and its form. */
interface StepDeclaration<F extends readonly StepField[]> {
  /** The command: `klacht registreer`. */
  readonly command: string;
  /** One line for `klacht --help`. */
  readonly summary: string;
  /** What it does, in a few lines, for `--help` and the docs (the fields are listed apart). */
  readonly description: readonly string[];
  readonly fields: F;
  readonly examples: readonly string[];
  /** The form in GitHub. */
  readonly form: { readonly file: string; readonly name: string; readonly step: string };
}

/** A step that changes an existing complaint. */
export interface StepDefinition<F extends readonly StepField[] = readonly StepField[]> extends StepDeclaration<F> {
  /** Why the step can't be taken on this complaint (its status, what is missing first), or undefined. */
  readonly refuse: (complaint: Complaint, config: RegisterConfig) => StepRefusal | undefined;
  /**
   * The edits, from the complaint and the answers, or why these answers can't be used. Pure. (A
   * method, so that any step is a `StepDefinition` of plain fields to the code that runs it: that
   * code builds the answers from the same fields.)
   */
  plan(input: PlanInput<F>): StepPlan | RefusedPlan;
}

/** A new complaint as the intake knows it: what `klacht nieuw` writes, status `ontvangen`. */
export interface NewComplaintData {
  readonly receivedOn: CalendarDate;
  readonly receivedBy: string;
  readonly channel: IntakeChannel;
  readonly submitted: CalendarDate;
  /** The complainant as far as known at intake; the name is required. */
  readonly complainant: Complainant & { readonly name: string };
  readonly responsible?: string;
  readonly category?: string;
  readonly complex?: boolean;
  /** The body, as Markdown that prints as typed (core/plain-text.ts). */
  readonly description: string;
}

/** The step that makes a complaint (`klacht nieuw`): fields as a step, a complaint instead of edits. */
export interface CreateDefinition<F extends readonly StepField[] = readonly StepField[]> extends StepDeclaration<F> {
  /** The new complaint from the answers, or undefined when a field it needs is absent. Pure. (A method: see `plan`.) */
  create(input: { readonly answers: Answers<F>; readonly today: CalendarDate }): NewComplaintData | undefined;
}

/** Declares the creating step with its field names typed. */
export function defineCreate<const F extends readonly StepField[]>(definition: CreateDefinition<F>): CreateDefinition<F> {
  return definition;
}

/** Declares a step with its field names typed (the plan sees `answers.reden`, not a string key). */
export function defineStep<const F extends readonly StepField[]>(definition: StepDefinition<F>): StepDefinition<F> {
  return definition;
}

/** The entries of `map` that have a value, in their order: what a step writes of its answers. */
export function defined(map: Readonly<Record<string, EditValue | undefined>>): { readonly [key: string]: EditValue } {
  return Object.fromEntries(Object.entries(map).filter((entry): entry is [string, EditValue] => entry[1] !== undefined));
}

/** A `set` edit, or none when the value is absent. */
export function setIf(path: EditPath, value: EditValue | undefined): StepEdit[] {
  return value === undefined ? [] : [{ op: 'set', path, value }];
}
