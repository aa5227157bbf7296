/**
 * klacht ondertekening: does every complaint that a pull request registers, closes or whose
 * ondertekening it changes carry the directie's signature, an approving review of the latest
 * commit by a directie member? Run by .github/workflows/ondertekening.yml.
 */
import { appendFileSync } from 'node:fs';
import { idYear, type Complaint } from '../../core/complaint.js';
import type { RegisterConfig } from '../../core/config.js';
import { plural } from '../../core/dutch.js';
import { describeStep, type StepEvidence } from '../../core/signature-evidence.js';
import { approvalsOfHead, checkSignature, REASON_TEXT, signatureNeeds, type SignatureCheck, type SignatureReason } from '../../core/signatures.js';
import { signaturesOfYears } from '../history.js';
import { complaintsOf } from '../../register/load.js';
import { connectGitHub, githubToken } from '../github.js';
import { loadForCommand } from '../load.js';
import { changedComplaintFiles, readObjects } from '../../git/history.js';
import { openRepository } from '../../git/repository.js';
import { complaintFromBytes } from '../../register/check-file.js';
import { CONFIG_FILE } from '../../core/layout.js';
import { loadConfig, parseConfig } from '../../register/config.js';
import type { Command } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { RunError, unknownComplaint, UsageError } from '../errors.js';
import { escapeMarkdown } from '../../core/markdown-escape.js';

export const ondertekening: Command = {
  spec: {
    name: 'ondertekening',
    summary: 'ondertekening door de directie: een pull request controleren, of laten zien wie een klacht ondertekende',
    positionals: '[klachtnummers...]',
    maxPositionals: Infinity,
    description: [
      'Een pull request die een klacht registreert (status in behandeling), afhandelt (afgehandeld) of de',
      'ondertekening wijzigt, is pas ondertekend als een directielid uit klachtenregister.yml de laatste',
      'commit heeft goedgekeurd (approve). De goedkeuringen komen uit de GitHub-API, niet uit git.',
      'De lijst van de directie komt uit de basis van de pull request: een pull request kan zichzelf',
      'geen directielid maken. Is de directie één persoon en opende die de pull request zelf, dan telt',
      'die pull request als handtekening als een medewerker de laatste commit goedkeurde.',
      'Uitkomst 1 als er een handtekening ontbreekt.',
      '',
      'Zonder --basis: laat per klacht zien welke pull request de registratie en de afhandeling',
      'binnenbracht, wie die goedkeurde en wanneer. Uit git (samenvoegcommits); met GITHUB_TOKEN ook',
      'de goedkeuringen uit GitHub.',
    ].join('\n'),
    options: {
      basis: { type: 'string', valueName: 'ref', description: 'De basis van de pull request (bijv. origin/main of een commit).' },
      kop: { type: 'string', valueName: 'ref', description: 'De laatste commit van de pull request (standaard HEAD).' },
      pr: { type: 'string', valueName: 'nummer', description: 'Het nummer van de pull request.' },
      repo: { type: 'string', valueName: 'eigenaar/naam', description: 'De GitHub-repository (standaard: GITHUB_REPOSITORY).' },
      'api-url': { type: 'string', valueName: 'url', description: 'De GitHub-API (standaard: GITHUB_API_URL of https://api.github.com).' },
      samenvatting: { type: 'string', valueName: 'bestand', description: 'Schrijf de uitkomst als Markdown in dit bestand ("$GITHUB_STEP_SUMMARY").' },
    },
    examples: ['klacht ondertekening --basis origin/main --pr 12', 'klacht ondertekening KL-2026-007', 'klacht ondertekening --json'],
  },
  async run(context) {
    const base = context.values.basis;
    if (typeof base !== 'string') return showEvidence(context);
    const head = typeof context.values.kop === 'string' ? context.values.kop : 'HEAD';
    const git = await openRepository(context.root);
    if (!git) throw new RunError('Het register staat niet in git; de ondertekening van een pull request kan alleen in een git-repository worden nagekeken.');

    // The directie as the base branch knows it: a pull request cannot appoint its own signer.
    const configText = (await readObjects(context.root, [`${base}:${CONFIG_FILE}`]))[0];
    const config: RegisterConfig = configText === undefined ? loadConfig(context.root).config : parseConfig(Buffer.from(configText, 'utf8')).config;

    const changed = (await changedComplaintFiles(git, base, head).catch((error: unknown) => {
      throw error instanceof RunError ? new RunError(`${error.message}. Haal de hele geschiedenis op (fetch-depth: 0).`) : error;
    })).filter((f) => f.status !== 'D');
    const contents = await readObjects(context.root, changed.flatMap((f) => [`${base}:${f.oldPath ?? f.path}`, `${head}:${f.path}`]));
    const needs: { id: string; after: Complaint; reasons: SignatureReason[] }[] = [];
    changed.forEach((file, i) => {
      const beforeText = contents[2 * i];
      const afterText = contents[2 * i + 1];
      const after = afterText === undefined ? undefined : complaintFromBytes(file.path, Buffer.from(afterText, 'utf8'));
      if (!after?.id) return;
      const before = beforeText === undefined ? undefined : complaintFromBytes(file.oldPath ?? file.path, Buffer.from(beforeText, 'utf8'));
      const reasons = signatureNeeds(before, after);
      if (reasons.length > 0) needs.push({ id: after.id, after, reasons });
    });

    let checks: SignatureCheck[] = [];
    if (needs.length > 0) {
      const facts = await reviewsFromGitHub(context);
      checks = needs.map((n) => checkSignature(n.id, n.reasons, n.after, facts.reviews, facts.headSha, facts.author, config));
    }
    report(context, checks, changed.length);
    return checks.every((c) => c.ok) ? 0 : 1;
  },
};

/** Per complaint: the pull requests that registered and closed it, and who approved them. */
async function showEvidence(context: CommandContext): Promise<number> {
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
      facts = await reviewsFromGitHub(context, number);
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

async function reviewsFromGitHub(context: CommandContext, pullNumber?: number) {
  const prText = pullNumber === undefined ? (typeof context.values.pr === 'string' ? context.values.pr : undefined) : String(pullNumber);
  const number = Number(prText);
  if (!prText || !Number.isInteger(number) || number < 1) throw new UsageError('Geef het nummer van de pull request op met --pr.', 'ondertekening');
  const token = githubToken(context);
  if (!token) throw new RunError('GITHUB_TOKEN ontbreekt: de goedkeuringen staan in GitHub. In de workflow: env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }} en permissions: pull-requests: read.');
  const { client, repository, github } = await connectGitHub(context, token, 'ondertekening');
  const { pullRequestFacts } = await import('../../github/reviews.js');
  try {
    return await pullRequestFacts(client, repository, number);
  } catch (error) {
    throw new RunError(github.explainGitHubError(error, repository, { pullRequest: number }).message);
  }
}

function report(context: CommandContext, checks: readonly SignatureCheck[], changedFiles: number): void {
  const summaryFile = context.values.samenvatting;
  if (typeof summaryFile === 'string') appendFileSync(summaryFile, markdown(checks));
  if (context.json) {
    printJson(context, { ok: checks.every((c) => c.ok), complaints: checks });
    return;
  }
  if (checks.length === 0) {
    context.io.stdout(`${plural(changedFiles, 'klachtbestand', 'klachtbestanden')} gewijzigd; geen registratie, afhandeling of ondertekening: geen handtekening nodig.\n`);
    return;
  }
  for (const check of checks) {
    context.io.stdout(`${check.id}  ${check.reasons.map((r) => REASON_TEXT[r]).join(', ')}  ${check.ok ? 'ondertekend' : 'NIET ondertekend'}: ${check.message}\n`);
  }
  const missing = checks.filter((c) => !c.ok).length;
  context.io.stdout(missing === 0 ? 'Alles is ondertekend.\n' : `${plural(missing, 'klacht mist', 'klachten missen')} de handtekening van de directie.\n`);
}

/** The job summary: ids, what needed signing and who signed; no personal data. */
function markdown(checks: readonly SignatureCheck[]): string {
  if (checks.length === 0) return '## Ondertekening\n\nGeen klacht in deze pull request heeft een handtekening nodig.\n\n';
  return [
    '## Ondertekening', '',
    '| Klacht | Wat | Ondertekend | Door | Toelichting |', '| --- | --- | --- | --- | --- |',
    ...checks.map((c) => `| ${c.id} | ${c.reasons.map((r) => REASON_TEXT[r]).join(', ')} | ${c.ok ? 'ja' : '**nee**'} | ${c.signedBy ? `${escapeMarkdown(c.signedBy.naam)} (@${c.signedBy.login})` : '-'} | ${escapeMarkdown(c.message)} |`),
    '', '',
  ].join('\n');
}
