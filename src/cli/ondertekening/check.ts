/**
 * `klacht ondertekening --basis <ref> --kop <sha> --pr <n> [--status]`: does every complaint that a
 * pull request registers, closes, deletes, moves, moves back or whose ondertekening it changes carry
 * the directie's signature, an approving review of the latest commit by a directie member? And is
 * there nothing that stops the pull request whatever the reviews say (no configuration at the base,
 * a symbolic link)? Run by .github/workflows/ondertekening.yml.
 */
import { plural } from '../../core/text/dutch.js';
import { escapeMarkdown } from '../../core/text/markdown-escape.js';
import { printable } from '../../core/text/path-names.js';
import { baseRefProblem, otherBase, outdatedHead, pullRequestVerdict, type PullRequestProblem, type PullRequestVerdict } from '../../core/signing/verdict.js';
import { checkSignature, REASON_TEXT, type SignatureCheck } from '../../core/signing/signatures.js';
import { resolveBranchRef, resolveCommit } from '../../git/branch-ref.js';
import { openRepository } from '../../git/repository.js';
import type { FlagOption, TextOption } from '../args.js';
import { printJson, type CommandContext } from '../context.js';
import { RunError } from '../errors.js';
import { pullRequestReviews, type GITHUB_OPTIONS } from '../github.js';
import { pullRequestChanges } from './changes.js';
import { setSignatureStatus } from './status.js';
import { appendJobSummary } from '../job-summary.js';

/** What the check reads of klacht ondertekening's options. */
type CheckContext = CommandContext<typeof GITHUB_OPTIONS & {
  readonly kop: TextOption;
  readonly pr: TextOption;
  readonly status: FlagOption;
  readonly samenvatting: TextOption;
}>;

/**
 * Checks the signatures a pull request needs (`--basis` given). Exit codes: without --status, 0 all
 * signed and 1 not; with --status, 0 once the verdict is set as commit status on the head commit
 * (whatever it is: the status is the verdict, and the job that sets it stays green so that it is not
 * a second, differently named verdict), 2 when it could not be judged or set.
 */
export async function checkPullRequest(context: CheckContext, baseName: string): Promise<number> {
  const head = context.values.kop ?? 'HEAD';
  const git = await openRepository(context.root);
  if (!git) throw new RunError('Het register staat niet in git; de ondertekening van een pull request kan alleen in een git-repository worden nagekeken.');
  // The full commit id: the status goes on exactly the commit that was judged.
  const headSha = await resolveCommit(git, head);
  // One branch, by its full ref: a tag or another ref with the branch's name is not the base.
  const base = await resolveBranchRef(git, baseName);

  const changes = base.ok
    ? await pullRequestChanges(context.root, git, base, headSha)
    : { problems: [baseRefProblem(base.message)], needs: [], config: undefined, changedFiles: 0 };
  const problems: PullRequestProblem[] = [...changes.problems];
  let checks: SignatureCheck[] = [];
  // A problem fails the check by itself: then GitHub is not asked.
  if (base.ok && changes.needs.length > 0 && changes.config && problems.length === 0) {
    const config = changes.config;
    const facts = await pullRequestReviews(context, undefined, { pusher: true });
    // The approvals are of GitHub's head commit: they sign what this run judged only when it is that commit.
    if (facts.headSha !== headSha) problems.push(outdatedHead(headSha));
    // The directie was read from the base as it is now: that must be where the pull request goes.
    else if (facts.baseRef !== base.branch) problems.push(otherBase(facts.baseRef, base.branch));
    else checks = changes.needs.map((n) => checkSignature(n.id, n.reasons, n.after, facts, config));
  }
  const verdict = pullRequestVerdict(problems, checks);
  report(context, verdict, changes.changedFiles);
  if (context.values.status === true) {
    await setSignatureStatus(context, headSha, verdict);
    return 0;
  }
  return verdict.ok ? 0 : 1;
}

function report(context: CheckContext, verdict: PullRequestVerdict, changedFiles: number): void {
  appendJobSummary(context, markdown(verdict));
  if (context.json) {
    printJson(context, verdict);
    return;
  }
  // Names are printable (core/path-names.ts): a file name can't write lines or workflow commands into the log.
  const line = (text: string): void => context.io.stdout(`${printable(text)}\n`);
  for (const problem of verdict.problems) line(`${problem.file ? `${problem.file}  ` : ''}NIET ondertekend: ${problem.message}`);
  const checks = verdict.complaints;
  if (checks.length === 0 && verdict.problems.length === 0) {
    line(`${plural(changedFiles, 'klachtbestand', 'klachtbestanden')} gewijzigd; niets dat de handtekening van de directie nodig heeft.`);
    return;
  }
  for (const check of checks) {
    line(`${check.id}  ${check.reasons.map((r) => REASON_TEXT[r]).join(', ')}  ${check.ok ? 'ondertekend' : 'NIET ondertekend'}: ${check.message}`);
  }
  const missing = checks.filter((c) => !c.ok).length;
  if (verdict.problems.length > 0) line('Deze pull request kan zo niet worden ondertekend.');
  else line(missing === 0 ? 'Alles is ondertekend.' : `${plural(missing, 'wijziging mist', 'wijzigingen missen')} de handtekening van de directie.`);
}

/** Text in the summary's Markdown: one line, no markup, no control characters. */
function cell(text: string): string {
  return escapeMarkdown(printable(text));
}

/** The job summary: ids, paths, what needed signing and who signed; no personal data. */
function markdown(verdict: PullRequestVerdict): string {
  const problems = verdict.problems.map((p) => `- **${p.file ? `${cell(p.file)}: ` : ''}${cell(p.message)}**`);
  const checks = verdict.complaints;
  if (checks.length === 0 && problems.length === 0) return '## Ondertekening\n\nGeen klacht in deze pull request heeft een handtekening nodig.\n\n';
  return [
    '## Ondertekening', '',
    ...(problems.length > 0 ? [...problems, ''] : []),
    ...(checks.length > 0 ? [
      '| Klacht | Wat | Ondertekend | Door | Toelichting |', '| --- | --- | --- | --- | --- |',
      ...checks.map((c) => `| ${cell(c.id)} | ${c.reasons.map((r) => REASON_TEXT[r]).join(', ')} | ${c.ok ? 'ja' : '**nee**'} | ${c.signedBy ? `${cell(c.signedBy.naam)} (@${c.signedBy.login})` : '-'} | ${cell(c.message)} |`),
    ] : []),
    '', '',
  ].join('\n');
}
