/**
 * The inputs of the GitHub Action (action.yml) as the command line of `klacht`. GitHub hands them
 * over in the environment (INPUT_<NAME>, the name upper-cased), never through a shell, so a value
 * with spaces or quotes reaches klacht as it was written: `argumenten` is one argument per line.
 */
import { UsageError } from '../errors.js';

type Env = Readonly<Record<string, string | undefined>>;

/** One input as GitHub passes it: INPUT_ and the name in capitals (dashes stay dashes). */
function input(env: Env, name: string): string {
  return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

/**
 * The arguments for `klacht`: the command, `--register`, then every non-blank line of `argumenten`.
 * A line is trimmed: YAML block text keeps the spaces a workflow author did not mean to send.
 */
export function actionArgv(env: Env): string[] {
  const command = input(env, 'opdracht').trim();
  if (command === '') throw new UsageError("De invoer 'opdracht' ontbreekt. Geef een opdracht op, zoals valideer of termijnen.");
  // A whole command line in `opdracht` would otherwise be said as an unknown command: say what to do.
  if (/\s/.test(command) || command.startsWith('-')) {
    throw new UsageError("De invoer 'opdracht' is alleen de naam van één opdracht, zoals valideer. Zet opties onder 'argumenten', één per regel.");
  }
  const register = input(env, 'register').trim() || '.';
  const rest = input(env, 'argumenten').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  return [command, '--register', register, ...rest];
}

/** `bevindingen-falen: 'false'`: findings (exit 1) leave the step green; a failure to run (2) does not. */
export function findingsFail(env: Env): boolean {
  const value = input(env, 'bevindingen-falen').trim().toLowerCase();
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  throw new UsageError(`De invoer 'bevindingen-falen' is true of false, niet '${value}'.`);
}

/**
 * The job summary for a command that can write one (`--samenvatting`): GitHub's file for this step,
 * unless the workflow named a file itself.
 */
export function withSummary(argv: readonly string[], hasSummaryOption: boolean, env: Env): string[] {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!hasSummaryOption || !file || argv.some((a) => a === '--samenvatting' || a.startsWith('--samenvatting='))) return [...argv];
  return [...argv, '--samenvatting', file];
}

/** The environment of the command: GITHUB_TOKEN from the input `token` when the workflow set none. */
export function withToken(env: Env): Record<string, string | undefined> {
  const token = input(env, 'token').trim();
  return { ...env, ...(token !== '' && !env.GITHUB_TOKEN ? { GITHUB_TOKEN: token } : {}) };
}
