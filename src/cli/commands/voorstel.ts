/**
 * klacht voorstel: what a form changed in the register, as a draft pull request. The changed
 * complaint files go in one commit by the workflow on a new branch, pushed without leaving a token
 * behind; the pull request's title and text name the step and the complaint numbers, nothing else.
 * A person marks the draft "Ready for review" (their own event, which starts the checks) and the
 * directie's approval stays the signature.
 */
import { COMPLAINT_ID_BODY } from '../../core/complaint/schema-vocabulary.js';
import { changedPaths, commitOnNewBranch, currentBranch, pushBranch } from '../../git/proposal.js';
import { openRepository } from '../../git/repository.js';
import { defineCommand } from '../command.js';
import { printJson } from '../context.js';
import { RunError, UsageError } from '../errors.js';
import { eventDefaultBranch, otherBranchMessage } from '../steps/form-input.js';
import { connectGitHub, githubToken, GITHUB_OPTIONS } from '../github.js';
import { runUrl } from '../commit-status.js';
import { appendJobSummary } from '../job-summary.js';

const COMPLAINT_PATH = new RegExp(`^complaints/\\d{4}/(${COMPLAINT_ID_BODY})\\.md$`);
/** What a step is called: a few words, set by the workflow file (never by what someone typed). */
const STEP = /^[\p{L}][\p{L} -]{0,39}$/u;

export const voorstel = defineCommand({
  spec: {
    name: 'voorstel',
    summary: 'zet wat een formulier veranderde in een concept-pull request (voor workflows)',
    description: [
      'Voor de formulieren in GitHub: legt de gewijzigde klachtbestanden vast in één commit op een',
      'nieuwe branch, verstuurt die (zonder het token achter te laten) en opent een concept-pull request.',
      'De werkmap blijft zoals hij was (dezelfde branch, dezelfde wijzigingen). Mislukt het versturen,',
      'dan gaat dezelfde opdracht bij een nieuwe poging verder met de branch die er al is.',
      'Titel en tekst noemen alleen de stap en de klachtnummers. Wie het formulier invulde, zet de pull',
      'request op "Ready for review" (dan draaien de checks); de goedkeuring door een directielid is de',
      'handtekening. Een wijziging buiten complaints/ wordt geweigerd: dan wordt er niets verstuurd.',
      'Nodig: GITHUB_TOKEN met contents: write en pull-requests: write.',
    ].join('\n'),
    options: {
      stap: { type: 'string', valueName: 'naam', description: 'De stap, voor titel en branch (bijv. Registratie).' },
      basis: { type: 'string', valueName: 'branch', description: 'De branch waarin de pull request moet (standaard: die van de run, GITHUB_REF_NAME, anders de huidige).' },
      ...GITHUB_OPTIONS,
      samenvatting: { type: 'string', valueName: 'bestand', description: 'Schrijf de link naar de pull request als Markdown in dit bestand ("$GITHUB_STEP_SUMMARY").' },
    },
    examples: ['klacht voorstel --stap Registratie'],
  },
  async run(context) {
    const step = context.values.stap?.trim() ?? '';
    if (step === '') throw new UsageError('Geef de stap op met --stap, bijvoorbeeld --stap Registratie.', 'voorstel');
    if (!STEP.test(step)) throw new UsageError('--stap is een paar woorden (letters, spaties en streepjes, hoogstens 40 tekens).', 'voorstel');
    const git = await openRepository(context.root);
    if (!git) throw new RunError('Het register staat niet in git: een voorstel is een branch met een pull request.');
    const token = githubToken(context);
    if (!token) throw new RunError('GITHUB_TOKEN ontbreekt: de pull request wordt in GitHub geopend. In de workflow: permissions: contents: write en pull-requests: write.');

    const paths = await changedPaths(git);
    const outside = paths.filter((p) => !COMPLAINT_PATH.test(p));
    if (outside.length > 0) {
      throw new RunError(`Er is ook iets buiten de klachtbestanden veranderd (${outside.slice(0, 3).join(', ')}${outside.length > 3 ? ', …' : ''}). Er is niets verstuurd.`);
    }
    if (paths.length === 0) throw new RunError('Er is geen klachtbestand veranderd: er is niets om voor te stellen.');
    const ids = [...new Set(paths.map((p) => COMPLAINT_PATH.exec(p)?.[1] ?? ''))].sort();

    // A form started from another branch or a tag ("Use workflow from") would propose into it, where
    // no signature counts: say so before anything is committed.
    const env = context.io.env;
    const defaultBranch = eventDefaultBranch(env);
    const otherBranch = otherBranchMessage(env);
    if (otherBranch !== undefined) throw new RunError(`${otherBranch} Er is niets verstuurd.`);
    const base = context.values.basis ?? (defaultBranch || env.GITHUB_REF_NAME || await currentBranch(git) || 'main');
    const run = env.GITHUB_RUN_ID;
    const attempt = env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT) && env.GITHUB_RUN_ATTEMPT !== '1' ? `-${env.GITHUB_RUN_ATTEMPT}` : '';
    // The run (and a re-run's attempt) makes the branch new: a push never overwrites one.
    const suffix = run && /^\d+$/.test(run) ? `${run}${attempt}` : String(context.io.now().getTime());
    const branch = `formulier/${ids.join('-')}-${step.toLowerCase().replace(/[^\p{L}]+/gu, '-')}-${suffix}`;
    const title = `${step} ${ids.join(', ')}`;
    const actor = context.io.env.GITHUB_ACTOR;
    const runLink = runUrl(context.io.env);
    const message = `${title}\n\nIngevuld met een formulier in GitHub${actor ? ` door @${actor}` : ''}${runLink ? ` (${runLink})` : ''}.\n`;

    const { client, repository, github } = await connectGitHub(context, token, 'voorstel');
    // The working copy stays as it is (its branch, its changes): the commit goes onto the new branch only.
    const { commit, reused } = await commitOnNewBranch(context.root, branch, paths, message);
    const here = await currentBranch(git);
    const kept = `De wijziging staat vastgelegd op branch ${branch} (commit ${commit.slice(0, 7)}); de werkmap is niet veranderd${here ? ` en staat nog op ${here}` : ''}.`;
    if (reused && !context.json) context.io.stderr(`Branch ${branch} van een eerdere poging heeft precies deze wijziging: die wordt verstuurd.\n`);
    try {
      await pushBranch(context.root, 'origin', branch, token);
    } catch (error) {
      if (error instanceof RunError) throw new RunError(`${error.message}\n${kept} Voer dezelfde opdracht opnieuw uit om hem alsnog te versturen.`);
      throw error;
    }
    const { openDraftPullRequest } = await import('../../github/pulls.js');
    let pull: { number: number; url: string };
    try {
      pull = await openDraftPullRequest(client, repository, { title, head: branch, base, body: pullRequestBody(actor, runLink) });
    } catch (error) {
      throw new RunError(`${github.explainGitHubError(error, repository, { pullRequest: 0 }).message} De branch ${branch} staat al op GitHub; open de pull request daar met de hand, of voer dezelfde opdracht opnieuw uit.`);
    }
    appendJobSummary(context, `## Concept-pull request\n\n[#${pull.number} ${title}](${pull.url})\n\nKlopt alles? Zet de pull request op **Ready for review**; een directielid keurt hem goed: dat is de handtekening.\n\n`);
    if (context.json) {
      printJson(context, { ids, branch, commit, pull_request: pull.number, url: pull.url });
    } else {
      context.io.stdout(`Concept-pull request #${pull.number} geopend: ${pull.url} (branch ${branch}).\nKlopt alles? Zet hem op "Ready for review"; een directielid keurt hem goed: dat is de handtekening.\n`);
    }
    return 0;
  },
});

/** The pull request's text: what happens next. No value from the form. */
function pullRequestBody(actor: string | undefined, runUrl: string | undefined): string {
  return [
    `Gemaakt met een formulier in GitHub${actor ? `, ingevuld door @${actor}` : ''}${runUrl ? ` ([de run](${runUrl}))` : ''}.`,
    '',
    '**Wat nu:**',
    '1. Kijk de wijziging na (tabblad *Files changed*). Klopt iets niet, pas het bestand dan in deze pull request aan.',
    '2. Zet de pull request op **Ready for review**: dan draaien de checks.',
    '3. Een directielid keurt hem goed (*Approve*): dat is de handtekening. Daarna samenvoegen.',
    '',
    'Zet in deze pull request geen persoonsgegevens: het klachtnummer is genoeg.',
    '',
  ].join('\n');
}
