/**
 * `klacht ondertekening --basis <ref> --kop <sha> --pr <n> [--status]`: does every complaint that a
 * pull request registers, closes, deletes, moves, moves back or whose ondertekening it changes carry
 * the directie's signature, an approving review of the latest commit by a directie member? And is
 * there nothing that stops the pull request whatever the reviews say (no configuration at the base,
 * a symbolic link)? Run by .github/workflows/ondertekening.yml.
 */
import { appendFileSync } from 'node:fs';
import { plural } from '../core/dutch.js';
import { escapeMarkdown } from '../core/markdown-escape.js';
import { otherBase, outdatedHead, pullRequestVerdict, type PullRequestProblem, type PullRequestVerdict } from '../core/signature-verdict.js';
import { checkSignature, REASON_TEXT, type SignatureCheck } from '../core/signatures.js';
import type { SimpleGit } from 'simple-git';
import { refExists } from '../git/complaint-ids.js';
import { openRepository, runGit } from '../git/repository.js';
import { printJson, type CommandContext } from './context.js';
import { RunError } from './errors.js';
import { pullRequestReviews } from './github.js';
import { pullRequestChanges } from './signature-changes.js';
import { setSignatureStatus } from './signature-status.js';

/**
 * Checks the signatures a pull request needs (`--basis` given). Exit codes: without --status, 0 all
 * signed and 1 not; with --status, 0 once the verdict is set as commit status on the head commit
 * (whatever it is: the status is the verdict, and the job that sets it stays green so that it is not
 * a second, differently named verdict), 2 when it could not be judged or set.
 */
export async function checkPullRequest(context: CommandContext, base: string): Promise<number> {
  const head = typeof context.values.kop === 'string' ? context.values.kop : 'HEAD';
  const git = await openRepository(context.root);
  if (!git) throw new RunError('Het register staat niet in git; de ondertekening van een pull request kan alleen in een git-repository worden nagekeken.');
  // The full commit id: the status goes on exactly the commit that was judged.
  const headSha = (await runGit(git, ['rev-parse', '--verify', '--end-of-options', `${head}^{commit}`], `het vinden van commit ${head}`)).trim();

  const changes = await pullRequestChanges(context.root, git, base, headSha);
  const problems: PullRequestProblem[] = [...changes.problems];
  let checks: SignatureCheck[] = [];
  // A problem fails the check by itself: then GitHub is not asked.
  if (changes.needs.length > 0 && changes.config && problems.length === 0) {
    const config = changes.config;
    const facts = await pullRequestReviews(context, undefined, { pusher: true });
    // The approvals are of GitHub's head commit: they sign what this run judged only when it is that commit.
    const branch = await branchOf(git, base);
    if (facts.headSha !== headSha) problems.push(outdatedHead(headSha));
    // The directie was read from `base` as it is now: that must be where the pull request goes.
    else if (branch !== undefined && facts.baseRef !== branch) problems.push(otherBase(facts.baseRef, branch));
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

/** The branch a --basis names (origin/main, refs/heads/main, or a local branch main), or undefined for a commit. */
async function branchOf(git: SimpleGit, base: string): Promise<string | undefined> {
  const named = /^(?:refs\/remotes\/origin\/|refs\/heads\/|origin\/)(.+)$/.exec(base)?.[1];
  if (named !== undefined) return named;
  return (await refExists(git, `refs/heads/${base}`)) ? base : undefined;
}

function report(context: CommandContext, verdict: PullRequestVerdict, changedFiles: number): void {
  const summaryFile = context.values.samenvatting;
  if (typeof summaryFile === 'string') appendFileSync(summaryFile, markdown(verdict));
  if (context.json) {
    printJson(context, verdict);
    return;
  }
  for (const problem of verdict.problems) context.io.stdout(`${problem.file ? `${problem.file}  ` : ''}NIET ondertekend: ${problem.message}\n`);
  const checks = verdict.complaints;
  if (checks.length === 0 && verdict.problems.length === 0) {
    context.io.stdout(`${plural(changedFiles, 'klachtbestand', 'klachtbestanden')} gewijzigd; niets dat de handtekening van de directie nodig heeft.\n`);
    return;
  }
  for (const check of checks) {
    context.io.stdout(`${check.id}  ${check.reasons.map((r) => REASON_TEXT[r]).join(', ')}  ${check.ok ? 'ondertekend' : 'NIET ondertekend'}: ${check.message}\n`);
  }
  const missing = checks.filter((c) => !c.ok).length;
  if (verdict.problems.length > 0) context.io.stdout('Deze pull request kan zo niet worden ondertekend.\n');
  else context.io.stdout(missing === 0 ? 'Alles is ondertekend.\n' : `${plural(missing, 'wijziging mist', 'wijzigingen missen')} de handtekening van de directie.\n`);
}

/** The job summary: ids, paths, what needed signing and who signed; no personal data. */
function markdown(verdict: PullRequestVerdict): string {
  const problems = verdict.problems.map((p) => `- **${p.file ? `${escapeMarkdown(p.file)}: ` : ''}${escapeMarkdown(p.message)}**`);
  const checks = verdict.complaints;
  if (checks.length === 0 && problems.length === 0) return '## Ondertekening\n\nGeen klacht in deze pull request heeft een handtekening nodig.\n\n';
  return [
    '## Ondertekening', '',
    ...(problems.length > 0 ? [...problems, ''] : []),
    ...(checks.length > 0 ? [
      '| Klacht | Wat | Ondertekend | Door | Toelichting |', '| --- | --- | --- | --- | --- |',
      ...checks.map((c) => `| ${c.id} | ${c.reasons.map((r) => REASON_TEXT[r]).join(', ')} | ${c.ok ? 'ja' : '**nee**'} | ${c.signedBy ? `${escapeMarkdown(c.signedBy.naam)} (@${c.signedBy.login})` : '-'} | ${escapeMarkdown(c.message)} |`),
    ] : []),
    '', '',
  ].join('\n');
}
