/**
 * `klacht ondertekening [klachtnummers...]` (without --basis): which pull request brought each
 * complaint's registration and closure in, and who approved it: from git (merge commits), shown as
 * not verified, and with a token confirmed (or not) by GitHub's reviews.
 */
import { idYear, type Complaint } from '../../core/complaint/complaint.js';
import { contentVerified, describeStep, type StepEvidence } from '../../core/signing/evidence.js';
import { openRepository } from '../../git/repository.js';
import { complaintFilesAsTheyAre } from '../../register/bounded-read.js';
import { complaintsOf } from '../../register/load.js';
import { printJson } from '../context.js';
import { RunError, unknownComplaint } from '../errors.js';
import { confirmEvidence } from './evidence-confirmation.js';
import { signaturesOfYears } from '../history.js';
import { loadForCommand } from '../load.js';
import type { PullRequestContext } from '../github.js';

/** Per complaint: the pull requests that registered and closed it, who approved them, and whether GitHub confirmed it. */
export async function showEvidence(context: PullRequestContext): Promise<number> {
  const git = await openRepository(context.root);
  if (!git) throw new RunError('Het register staat niet in git; wie een klacht ondertekende, staat in de git-geschiedenis.');
  // Only the complaints are needed here: no deadlines, no analyses.
  const loaded = loadForCommand(context);
  const complaints = complaintsOf(loaded).filter((c): c is Complaint & { id: string } => c.id !== undefined);
  const wanted = context.positionals.length > 0 ? context.positionals : complaints.map((c) => c.id);
  for (const id of wanted) if (!complaints.some((c) => c.id === id)) throw unknownComplaint(id, 'ondertekening');
  const years = new Set(wanted.flatMap((id) => { const y = idYear(id); return y === undefined ? [] : [y]; }));
  const { config } = loaded.context;
  // The files as they are: evidence is verified only for exactly this content.
  const printed = complaintFilesAsTheyAre(loaded.root, complaints.filter((c) => wanted.includes(c.id)));
  const fromGit = (await signaturesOfYears(loaded.root, git, years, config.backdatingDays, undefined, printed)).evidence;
  const evidence = await confirmEvidence(context, new Map(wanted.flatMap((id) => { const e = fromGit.get(id); return e ? [[id, e] as const] : []; })));
  const rows = wanted.map((id) => {
    const e = evidence.get(id) ?? {};
    const step = (s: StepEvidence | undefined) => {
      if (!s) return null;
      const online = s.github?.confirmed === true ? s.github : undefined;
      return {
        pr: s.pr, merged: s.date, approver: online?.login ?? s.approver?.login ?? null, approved_at: online?.at ?? null,
        // Verified: GitHub confirms the step, and the file is exactly what the directie approved.
        verified: online !== undefined && contentVerified(e), text: describeStep(s, config, e.content),
      };
    };
    const content = e.content ? { commit: e.content.step.commit, pr: e.content.step.pr, identical: e.content.identical, verified: contentVerified(e) } : null;
    return { id, registratie: step(e.registratie), afhandeling: step(e.afhandeling), content };
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
