/** The steps of the procedure, in the order people take them (README "Een klacht van begin tot eind"). */
import { actie } from './actie.js';
import { brief } from './brief.js';
import { handelAf } from './handel-af.js';
import { maatregel } from './maatregel.js';
import { nieuw } from './nieuw.js';
import { reactie } from './reactie.js';
import { registreer } from './registreer.js';
import type { CreateDefinition, StepDefinition } from './step.js';
import { teken } from './teken.js';
import { verleng } from './verleng.js';

/** Every step that changes a complaint, in the procedure's order. */
export const STEPS: readonly StepDefinition[] = [registreer, teken, brief, actie, verleng, reactie, handelAf, maatregel];

/** The step that makes a complaint. */
export const CREATE_STEP: CreateDefinition = nieuw;

/** The commands of all steps, `nieuw` first. */
export const STEP_COMMANDS: readonly string[] = [CREATE_STEP.command, ...STEPS.map((s) => s.command)];

export { actie, brief, handelAf, maatregel, nieuw, reactie, registreer, teken, verleng };
