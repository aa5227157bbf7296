/**
 * klacht registreer, teken, brief, actie, verleng, reactie, handel-af and maatregel: each step of the
 * procedure as a command, made from its declaration in core/steps/ (cli/step-command.ts).
 */
import { STEPS } from '../../core/steps/index.js';
import type { Command } from '../command.js';
import { stepCommand } from '../steps/command.js';

/** The command of the step `name`. */
export function stepCommandNamed(name: string): Command {
  const step = STEPS.find((s) => s.command === name);
  if (!step) throw new Error(`Geen stap ${name} in core/steps/index.ts.`);
  return stepCommand(step);
}
