/**
 * GitHub's word on the signature evidence that git gives (core/signature-evidence.ts): with a
 * token, each step's pull request is asked for, and the pull request that brought the printed
 * content in. A step is confirmed when GitHub merged that pull request into exactly the commit git
 * shows, and its reviews make a directie member's signature as the check judges one
 * (core/signatures.ts: four eyes, asking GitHub who pushed the last commit and who started the
 * form that made it; for the registration, the director named in the file). Without a token
 * nothing is asked and nothing is confirmed: the forms then say "niet geverifieerd bij GitHub".
 */
import type { RegisterConfig } from '../../core/complaint/config.js';
import { CONFIG_FILE } from '../../core/complaint/layout.js';
import { readObjects } from '../../git/history.js';
import { parseConfig } from '../../register/config.js';
import type { GitHubConfirmation, SignatureEvidence, StepEvidence } from '../../core/signing/evidence.js';
import { signerOf } from '../../core/signing/signatures.js';
import type { PullRequestFacts } from '../../github/reviews.js';
import { githubToken, pullRequestReviews, repositoryName, type PullRequestContext } from '../github.js';

/** The confirmation of one step, from its pull request's facts; `repository` is where GitHub was asked (owner/name). */
export function confirmation(step: StepEvidence, facts: PullRequestFacts, config: RegisterConfig, repository: string): GitHubConfirmation {
  // A commit titled "(#99)" is not pull request 99's unless GitHub merged #99 into that very commit.
  if (facts.mergedAt === null || facts.mergeCommitSha !== step.commit) return { confirmed: false };
  const verdict = signerOf(facts, config);
  if (!verdict.ok) return { confirmed: false };
  // The registration names the director who signs it: only that director's approval confirms it.
  if (step.named !== undefined && step.named !== verdict.signer.naam) return { confirmed: false };
  return { confirmed: true, login: verdict.signer.github, naam: verdict.signer.naam, at: verdict.approvedAt, repository };
}

/**
 * The directie as it was when a step was merged: klachtenregister.yml on the base side of the merge
 * (the commit's first parent). Today's list would drop the signatures of a director who left, and
 * confirm approvals by someone who joined later.
 */
async function configBefore(root: string, commit: string): Promise<RegisterConfig | undefined> {
  const text = (await readObjects(root, [`${commit}^1:${CONFIG_FILE}`]))[0];
  return text === undefined ? undefined : parseConfig(Buffer.from(text, 'utf8')).config;
}

/** `evidence` with GitHub's confirmation of every step, when there is a token; unchanged without one. */
export async function confirmEvidence(context: PullRequestContext, evidence: ReadonlyMap<string, SignatureEvidence>): Promise<Map<string, SignatureEvidence>> {
  const result = new Map(evidence);
  if (!githubToken(context)) return result;
  const stepsOf = (e: SignatureEvidence): (StepEvidence | undefined)[] => [e.registratie, e.afhandeling, e.content?.step];
  const configs = new Map<string, RegisterConfig | undefined>();
  for (const e of evidence.values()) {
    for (const step of stepsOf(e)) {
      if (step && step.pr !== null && !configs.has(step.commit)) configs.set(step.commit, await configBefore(context.root, step.commit));
    }
  }
  const numbers = new Set([...evidence.values()].flatMap((e) => stepsOf(e).map((step) => step?.pr)).filter((n): n is number => typeof n === 'number'));
  const facts = new Map<number, PullRequestFacts | null>();
  const repository = repositoryName(context) ?? '';
  for (const number of numbers) {
    try {
      // Who pushed the last commit too, as the check asks: the four-eyes rule may not rest on what a commit says of itself.
      facts.set(number, await pullRequestReviews(context, number, { pusher: true }));
    } catch (error) {
      // One pull request GitHub cannot show (deleted, another repository) is not confirmed; the rest still are.
      context.io.stderr(`Pull request #${number}: ${error instanceof Error ? error.message : String(error)}\n`);
      facts.set(number, null);
    }
  }
  const confirm = (step: StepEvidence | undefined): StepEvidence | undefined => {
    if (!step || step.pr === null) return step;
    const known = facts.get(step.pr);
    const config = configs.get(step.commit);
    return { ...step, github: known && config ? confirmation(step, known, config, repository) : { confirmed: false } };
  };
  for (const [id, e] of evidence) {
    const registratie = confirm(e.registratie);
    const afhandeling = confirm(e.afhandeling);
    const content = e.content ? { ...e.content, step: confirm(e.content.step) as StepEvidence } : undefined;
    result.set(id, { ...(registratie ? { registratie } : {}), ...(afhandeling ? { afhandeling } : {}), ...(content ? { content } : {}) });
  }
  return result;
}
