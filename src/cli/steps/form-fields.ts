/**
 * Which of a form's fields wrote each path a step changes, learnt from the step's own plan: the plan
 * is made once more with one answer changed, and the paths whose value then differs are that
 * answer's. So the step's declaration stays the one source of what a field writes; a table kept by
 * hand would drift from the plans. Used in a form's run only, to say a finding or a change in the
 * form's words (core/steps/form-words.ts).
 */
import { complaintKeyOrder, fieldChanges } from '../../core/complaint/field-changes.js';
import type { PlanInput, StepDefinition, StepEdit, StepField } from '../../core/steps/step.js';
import { EditError, editFrontmatter, type FrontmatterEditor } from '../../register/frontmatter-edit.js';

type Answer = string | boolean | readonly string[];
/** A step's answers by field name, as the command line collects them. */
export type FormAnswers = Readonly<Record<string, Answer | undefined>>;

/** Makes a plan's edits. */
export function applyEdits(editor: FrontmatterEditor, edits: readonly StepEdit[]): void {
  for (const edit of edits) {
    if (edit.op === 'set') editor.set(edit.path, edit.value);
    else editor.append(edit.path, edit.value);
  }
}

/**
 * The form's field behind each changed path (dotted, list indices as numbers) of the result, where
 * `dataOf` gives the complaint's data for a set of answers (undefined when they can't be used).
 */
export function formFieldsByPath(fields: readonly StepField[], answers: FormAnswers, dataOf: (answers: FormAnswers) => unknown): ReadonlyMap<string, StepField> {
  const byPath = new Map<string, StepField>();
  const result = dataOf(answers);
  if (result === undefined) return byPath;
  for (const field of fields) {
    const answer = answers[field.name];
    if (answer === undefined) continue;
    const other = dataOf({ ...answers, [field.name]: changed(answer) });
    if (other === undefined) continue;
    for (const change of fieldChanges(result, other)) if (!byPath.has(change.path)) byPath.set(change.path, field);
  }
  return byPath;
}

/** Another value of the same kind: no plan writes it as given, so where it lands shows the field. */
function changed(answer: Answer): Answer {
  if (typeof answer === 'boolean') return !answer;
  if (typeof answer === 'string') return `${answer} (anders)`;
  return answer.map((item) => `${item} (anders)`);
}

/** A step's result for a set of answers: the complaint file's data after the plan's edits, or undefined when the plan refuses them. */
export function stepResult(step: StepDefinition, input: PlanInput<readonly StepField[]>, text: string): (answers: FormAnswers) => unknown {
  return (answers) => {
    const plan = step.plan({ ...input, answers });
    return 'refused' in plan ? undefined : dataOfText(text, (editor) => applyEdits(editor, plan.edits));
  };
}

/** The frontmatter's data of `text` after `edit`, or undefined when it can't be edited. */
export function dataOfText(text: string, edit: (editor: FrontmatterEditor) => void = () => undefined): unknown {
  try {
    const editor = editFrontmatter(text, complaintKeyOrder);
    edit(editor);
    return editor.data;
  } catch (error) {
    if (error instanceof EditError) return undefined;
    throw error;
  }
}
