/**
 * Why the editor (frontmatter-edit.ts) refuses an edit, in Dutch, for the person who ran the step.
 * Every refusal names the field (the step's own path, never a value), where it stands (a line of
 * the file), that nothing was written, and what to do next. A refusal by a limit of the editor
 * says too that the file itself is in order: the person can write the field by hand and tell
 * whoever looks after klacht. The name of an anchor or alias is the person's own text (a word like
 * `&Jansen` may be a name): it is never repeated.
 */
import { RunError } from '../core/text/errors.js';

export type EditPath = readonly (string | number)[];

/** Thrown when an edit cannot be made safely. Its message is Dutch and names fields, never values. */
export class EditError extends RunError {}

const NOTHING_WRITTEN = 'er is niets geschreven';
const FILE_IN_ORDER = 'Het bestand zelf is in orde';

function field(path: EditPath): string {
  return path.length === 0 ? 'de frontmatter' : `het veld ${path.join('.')}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A limit of the editor on a file it reads: `why` says what stands in the way, `line` where the
 * field stands (or would go).
 */
export function editorLimit(path: EditPath, why: string, line: number): EditError {
  return new EditError(`klacht kan ${field(path)} niet veilig wijzigen: ${why}. ${FILE_IN_ORDER}; dit is een grens van klacht, en ${NOTHING_WRITTEN}. `
    + `Schrijf ${field(path)} zelf in het bestand (bij regel ${line}) en controleer het met klacht valideer; meld het ook aan de beheerder van klacht, zodat klacht dit later zelf kan.`);
}

/** A value in the file that is not of the kind the step changes (valideer reports it too). */
export function wrongShape(path: EditPath, what: string, line: number): EditError {
  return new EditError(`${capital(field(path))} (regel ${line}) ${what}, en klacht valideer meldt dat ook; ${NOTHING_WRITTEN}. Herstel het bestand eerst en probeer het dan opnieuw.`);
}

/** A mapping or list written where an alias stands. */
export function aliasNotReplaced(path: EditPath, aliasLine: number): EditError {
  return new EditError(`${capital(field(path))} (regel ${aliasLine}) is een verwijzing (*) naar een waarde elders in de frontmatter, en klacht vervangt een verwijzing alleen door één waarde. `
    + `${FILE_IN_ORDER}; ${NOTHING_WRITTEN}. Schrijf op regel ${aliasLine} de velden zelf in plaats van de verwijzing en probeer het opnieuw.`);
}

/** An edit inside an alias (a field of `ondertekening: *o`). */
export function throughAlias(path: EditPath, aliasLine: number): EditError {
  return new EditError(`${capital(field(path))} (regel ${aliasLine}) is een verwijzing (*) naar een waarde elders in de frontmatter; via een verwijzing wijzigt klacht niets. `
    + `${FILE_IN_ORDER}; ${NOTHING_WRITTEN}. Schrijf op regel ${aliasLine} de waarde zelf in plaats van de verwijzing en probeer het opnieuw.`);
}

/** An edit of, or inside, a value whose anchor an alias repeats elsewhere. */
export function anchorRepeated(path: EditPath, anchorLine: number, aliasLine: number): EditError {
  return new EditError(`${capital(field(path))} (regel ${anchorLine}) heeft een anker (&) dat op regel ${aliasLine} wordt herhaald met een verwijzing (*); een wijziging hier zou ook daar iets veranderen. `
    + `${FILE_IN_ORDER}; ${NOTHING_WRITTEN}. Schrijf op regel ${aliasLine} de waarde zelf in plaats van de verwijzing en probeer het opnieuw.`);
}
