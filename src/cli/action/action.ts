/**
 * The entry of the GitHub Action (action.yml, `runs.main: bundle/action.mjs`): runs `klacht` with
 * the command and options from the action's inputs. The exit code is klacht's (0 good, 1 findings,
 * 2 wrong use or failure); findings become annotations because GitHub sets GITHUB_ACTIONS=true.
 * The inputs are never printed: `argumenten` may name a file or a person's complaint number.
 */
import { actionArgv, findingsFail, withSummary, withToken } from './action-inputs.js';
import { processIo } from '../io.js';
import { finishProcess, loadCommand, main, reportFailure } from '../main.js';

// As in bin/klacht.js: a failure that escaped the command is still said in Dutch, exit 2.
process.on('unhandledRejection', (error) => process.exit(reportFailure(error)));
let code: number;
try {
  const env = withToken(process.env);
  const argv = actionArgv(env);
  const failOnFindings = findingsFail(env);
  const command = await loadCommand(argv[0] ?? '');
  // A workflow author has no terminal for --help: the reference's section on the action explains it.
  const io = { ...processIo(), env, helpReference: 'docs/referentie.md van klachtenregister, "De GitHub Action"' };
  code = await main(withSummary(argv, command?.spec.options.samenvatting !== undefined, env), io);
  if (code === 1 && !failOnFindings) code = 0;
} catch (error) {
  code = reportFailure(error);
}
// As in bin/klacht.js: end once the output is handed over; a write that failed is exit code 2.
finishProcess(code);
