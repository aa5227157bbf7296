/**
 * `klacht ondertekening --basis <ref> --pr <n>`: does every complaint that a pull request registers,
 * closes or whose ondertekening it changes carry the directie's signature, an approving review of
 * the latest commit by a directie member? Run by .github/workflows/ondertekening.yml.
 */
import { appendFileSync } from 'node:fs';
import type { Complaint } from '../core/complaint.js';
import type { RegisterConfig } from '../core/config.js';
import { plural } from '../core/dutch.js';
import { CONFIG_FILE } from '../core/layout.js';
import { escapeMarkdown } from '../core/markdown-escape.js';
import { checkSignature, REASON_TEXT, signatureNeeds, type SignatureCheck, type SignatureReason } from '../core/signatures.js';
import { changedComplaintFiles, readObjects } from '../git/history.js';
import { openRepository } from '../git/repository.js';
import { complaintFromBytes } from '../register/check-file.js';
import { loadConfig, parseConfig } from '../register/config.js';
import { printJson, type CommandContext } from './context.js';
import { RunError } from './errors.js';
import { pullRequestReviews } from './github.js';

/** Checks the signatures a pull request needs (`--basis` given); 0 when all are there, 1 when one is missing. */
export async function checkPullRequest(context: CommandContext, base: string): Promise<number> {
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
    const facts = await pullRequestReviews(context);
    checks = needs.map((n) => checkSignature(n.id, n.reasons, n.after, facts.reviews, facts.headSha, facts.author, config));
  }
  report(context, checks, changed.length);
  return checks.every((c) => c.ok) ? 0 : 1;
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
