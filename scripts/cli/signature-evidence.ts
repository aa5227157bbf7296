/**
 * `klacht ondertekening [klachtnummers...]` (without --basis): which pull request brought each
 * complaint's registration and closure in, and who approved it: from git (merge commits), and with a
 * token also from GitHub's reviews.
 */
import { idYear, type Complaint } from '../core/complaint.js';
import type { RegisterConfig } from '../core/config.js';
import { describeStep, type StepEvidence } from '../core/signature-evidence.js';
import { approvalsOfHead } from '../core/signatures.js';
import { openRepository } from '../git/repository.js';
import { complaintsOf } from '../register/load.js';
import { printJson, type CommandContext } from './context.js';
import { RunError, unknownComplaint } from './errors.js';
import { githubToken, pullRequestReviews } from './github.js';
import { signaturesOfYears } from './history.js';
import { loadForCommand } from './load.js';

/** Per complaint: the pull requests that registered and closed it, and who approved them. */
export async function showEvidence(context: CommandContext): Promise<number> {
  const git = await openRepository(context.root);
  if (!git) throw new RunError('Het register staat niet in git; wie een klacht ondertekende, staat in de git-geschiedenis.');
  // Only the complaints are needed here: no deadlines, no analyses.
  const loaded = loadForCommand(context);
  const complaints = complaintsOf(loaded).filter((c): c is Complaint & { id: string } => c.id !== undefined);
  const wanted = context.positionals.length > 0 ? context.positionals : complaints.map((c) => c.id);
  for (const id of wanted) if (!complaints.some((c) => c.id === id)) throw unknownComplaint(id, 'ondertekening');
  const years = new Set(wanted.flatMap((id) => { const y = idYear(id); return y === undefined ? [] : [y]; }));
  const { evidence } = await signaturesOfYears(loaded.root, git, years, loaded.context.config.backdatingDays);
  const numbers = wanted.flatMap((id) => [evidence.get(id)?.registratie?.pr, evidence.get(id)?.afhandeling?.pr]).filter((n): n is number => typeof n === 'number');
  const approvals = await approvalsFromGitHub(context, numbers, loaded.context.config);
  const rows = wanted.map((id) => {
    const e = evidence.get(id) ?? {};
    const step = (s: StepEvidence | undefined) => {
      if (!s) return null;
      const online = s.pr === null ? undefined : approvals.get(s.pr);
      const enriched: StepEvidence = online ? { ...s, approver: { login: online.login, naam: online.naam } } : s;
      return { pr: s.pr, merged: s.date, approver: enriched.approver?.login ?? null, approved_at: online?.at ?? null, text: describeStep(enriched, loaded.context.config) };
    };
    return { id, registratie: step(e.registratie), afhandeling: step(e.afhandeling) };
  });
  if (context.json) {
    printJson(context, { complaints: rows });
  } else {
    for (const row of rows) {
      context.io.stdout(`${row.id}\n  registratie:  ${row.registratie?.text || 'niet gevonden (nog niet geregistreerd, of niet in deze geschiedenis)'}\n  afhandeling:  ${row.afhandeling?.text || 'niet gevonden (nog niet afgehandeld)'}\n`);
    }
  }
  return 0;
}

/** With a token: for each pull request, the directie member whose approval is the signature, and when. */
async function approvalsFromGitHub(context: CommandContext, numbers: readonly number[], config: RegisterConfig): Promise<Map<number, { login: string; naam: string; at: string }>> {
  const result = new Map<number, { login: string; naam: string; at: string }>();
  if (!githubToken(context) || numbers.length === 0) return result;
  for (const number of new Set(numbers)) {
    let facts;
    try {
      facts = await pullRequestReviews(context, number);
    } catch (error) {
      // One pull request GitHub cannot show (deleted, another repository) does not stop the rest.
      context.io.stderr(`Pull request #${number}: ${error instanceof Error ? error.message : String(error)}\n`);
      continue;
    }
    const approval = approvalsOfHead(facts.reviews, facts.headSha).find((r) => config.management.some((p) => p.github?.toLowerCase() === r.login.toLowerCase()));
    const member = approval && config.management.find((p) => p.github?.toLowerCase() === approval.login.toLowerCase());
    if (approval && member) result.set(number, { login: approval.login, naam: member.naam, at: approval.submittedAt });
  }
  return result;
}

