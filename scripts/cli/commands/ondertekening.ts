/**
 * klacht ondertekening: does every complaint that a pull request registers, closes or whose
 * ondertekening it changes carry the directie's signature, an approving review of the latest
 * commit by a directie member? Run by .github/workflows/ondertekening.yml.
 */
import { appendFileSync } from 'node:fs';
import type { Complaint } from '../../core/complaint.js';
import type { RegisterConfig } from '../../core/config.js';
import { plural } from '../../core/dutch.js';
import { checkSignature, REASON_TEXT, signatureNeeds, type SignatureCheck, type SignatureReason } from '../../core/signatures.js';
import { changedComplaintFiles, readObjects } from '../../git/history.js';
import { openRepository } from '../../git/repository.js';
import { complaintFromBytes } from '../../register/check-file.js';
import { CONFIG_FILE, loadConfig, parseConfig } from '../../register/config.js';
import type { Command } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { RunError, UsageError } from '../errors.js';

export const ondertekening: Command = {
  spec: {
    name: 'ondertekening',
    summary: 'controleert of een pull request door de directie is ondertekend (goedgekeurd)',
    description: [
      'Een pull request die een klacht registreert (status in behandeling), afhandelt (afgehandeld) of de',
      'ondertekening wijzigt, is pas ondertekend als een directielid uit klachtenregister.yml de laatste',
      'commit heeft goedgekeurd (approve). De goedkeuringen komen uit de GitHub-API, niet uit git.',
      'De lijst van de directie komt uit de basis van de pull request: een pull request kan zichzelf',
      'geen directielid maken. Is de directie één persoon en opende die de pull request zelf, dan telt',
      'die pull request als handtekening als een medewerker de laatste commit goedkeurde.',
      'Uitkomst 1 als er een handtekening ontbreekt.',
    ].join('\n'),
    options: {
      basis: { type: 'string', valueName: 'ref', description: 'De basis van de pull request (bijv. origin/main of een commit).' },
      kop: { type: 'string', valueName: 'ref', description: 'De laatste commit van de pull request (standaard HEAD).' },
      pr: { type: 'string', valueName: 'nummer', description: 'Het nummer van de pull request.' },
      repo: { type: 'string', valueName: 'eigenaar/naam', description: 'De GitHub-repository (standaard: GITHUB_REPOSITORY).' },
      'api-url': { type: 'string', valueName: 'url', description: 'De GitHub-API (standaard: GITHUB_API_URL of https://api.github.com).' },
      samenvatting: { type: 'string', valueName: 'bestand', description: 'Schrijf de uitkomst als Markdown in dit bestand ("$GITHUB_STEP_SUMMARY").' },
    },
    examples: ['klacht ondertekening --basis origin/main --pr 12', 'klacht ondertekening --basis main --kop feature --json'],
  },
  async run(context) {
    const base = context.values.basis;
    if (typeof base !== 'string') throw new UsageError('Geef de basis van de pull request op met --basis (bijv. origin/main).', 'ondertekening');
    const head = typeof context.values.kop === 'string' ? context.values.kop : 'HEAD';
    const git = await openRepository(context.root);
    if (!git) throw new RunError('Het register staat niet in git; de ondertekening van een pull request kan alleen in een git-repository worden nagekeken.');

    // The directie as the base branch knows it: a pull request cannot appoint its own signer.
    const configText = (await readObjects(context.root, [`${base}:${CONFIG_FILE}`]))[0];
    const config: RegisterConfig = configText === undefined ? loadConfig(context.root).config : parseConfig(Buffer.from(configText, 'utf8')).config;

    const changed = (await changedComplaintFiles(git, base, head).catch((error: unknown) => {
      throw new RunError(`git kan ${base} en ${head} niet vergelijken: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}. Haal de hele geschiedenis op (fetch-depth: 0).`);
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

async function reviewsFromGitHub(context: CommandContext) {
  const token = context.io.env.GITHUB_TOKEN?.trim();
  const prText = typeof context.values.pr === 'string' ? context.values.pr : undefined;
  const number = Number(prText);
  if (!prText || !Number.isInteger(number) || number < 1) throw new UsageError('Geef het nummer van de pull request op met --pr.', 'ondertekening');
  if (!token) throw new RunError('GITHUB_TOKEN ontbreekt: de goedkeuringen staan in GitHub. In de workflow: env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }} en permissions: pull-requests: read.');
  const github = await import('../../github/issues.js');
  const { pullRequestFacts } = await import('../../github/reviews.js');
  const repoText = typeof context.values.repo === 'string' ? context.values.repo : context.io.env.GITHUB_REPOSITORY;
  const repository = github.parseRepository(repoText);
  if (!repository) throw new UsageError('Geef de GitHub-repository op met --repo eigenaar/naam (in GitHub Actions staat die in GITHUB_REPOSITORY).', 'ondertekening');
  const apiUrl = typeof context.values['api-url'] === 'string' ? context.values['api-url'] : context.io.env.GITHUB_API_URL;
  const retryMs = Number(context.io.env.KLACHT_GITHUB_RETRY_MS);
  const client = github.createClient({
    token, ...(apiUrl ? { baseUrl: apiUrl } : {}), ...(retryMs > 0 ? { retryBaseMs: retryMs } : {}), notice: (text) => context.io.stderr(`${text}\n`),
  });
  try {
    return await pullRequestFacts(client, repository, number);
  } catch (error) {
    throw new RunError(github.explainGitHubError(error, repository).message);
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
  const escape = (text: string): string => text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);
  return [
    '## Ondertekening', '',
    '| Klacht | Wat | Ondertekend | Door | Toelichting |', '| --- | --- | --- | --- | --- |',
    ...checks.map((c) => `| ${c.id} | ${c.reasons.map((r) => REASON_TEXT[r]).join(', ')} | ${c.ok ? 'ja' : '**nee**'} | ${c.signedBy ? `${escape(c.signedBy.naam)} (@${c.signedBy.login})` : '-'} | ${escape(c.message)} |`),
    '', '',
  ].join('\n');
}
