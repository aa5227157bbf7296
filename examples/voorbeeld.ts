/**
 * `npm run voorbeeld`: builds the example register's git history in .voorbeeld/register and runs
 * the main commands on it, as the README's first command promises. The example is set on
 * 24 November 2026.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processIo } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { buildExampleRepository } from './build-history.js';

const EXAMPLE_TODAY = '2026-11-24';

const projectRoot = resolve(fileURLToPath(import.meta.url), '..', '..');
const target = join(projectRoot, '.voorbeeld', 'register');

process.stdout.write(`Voorbeeldregister met geschiedenis maken in ${target} ...\n`);
const commits = buildExampleRepository(join(projectRoot, 'examples', 'register'), target);
process.stdout.write(`${commits} commits gemaakt.\n`);

// The dry run plans as if no GitHub issue existed: a token in the environment is not used here.
const io = { ...processIo(), env: { ...process.env, GITHUB_TOKEN: undefined } };

let worst = 0;
const pdfDir = join(projectRoot, '.voorbeeld', 'pdf');
for (const command of [['valideer'], ['register'], ['termijnen', '--open'], ['meldingen', '--dry-run'], ['pdf', '--alle', '--uit', pdfDir], ['jaaranalyse', '2025'], ['ondertekening', 'KL-2026-002'], ['anonimiseer', '--dry-run']]) {
  process.stdout.write(`\n$ klacht ${command.join(' ')} --register .voorbeeld/register --vandaag ${EXAMPLE_TODAY}\n`);
  const code = await main([...command, '--register', target, '--vandaag', EXAMPLE_TODAY], io);
  // Exit 1 (findings, overdue deadlines) is the example doing its job; 2 is a failure.
  worst = Math.max(worst, code === 1 ? 0 : code);
}
process.exitCode = worst;
