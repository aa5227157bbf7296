/**
 * .github/CODEOWNERS against klachtenregister.yml: everything in the register belongs to exactly
 * the directie members (their GitHub logins), so that branch protection asks them for the review
 * that is their signature, for a complaint and for the register's rules alike. The last matching
 * rule wins, as on GitHub, so every rule must name exactly the directie.
 */
import type { RegisterConfig } from '../core/complaint/config.js';
import { finding, type Finding } from '../core/complaint/finding.js';
import { readTextFile } from './bounded-read.js';
import { capFindings } from './check-file.js';

export const CODEOWNERS_FILE = '.github/CODEOWNERS';

/** One line of CODEOWNERS: its pattern as written and its owners. No pattern matching is needed: every rule must name exactly the directie. */
interface Rule { readonly line: number; readonly text: string; readonly owners: readonly string[] }

function parse(text: string): Rule[] {
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.replace(/\s#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) return [];
    const [pattern = '', ...owners] = line.split(/\s+/);
    return [{ line: index + 1, text: pattern, owners: owners.map((o) => o.replace(/^@/, '').toLowerCase()) }];
  });
}

/** `* @a @b`: the one line a register's CODEOWNERS needs. */
export function codeownersLine(logins: readonly string[]): string {
  return `* ${logins.map((l) => `@${l}`).join(' ')}`;
}

/**
 * Findings when CODEOWNERS does not give everything to exactly the directie: a `*` rule with the
 * directie, and no rule that gives any path to anyone else (or to nobody). The register's rules
 * (klachtenregister.yml, the workflows, CODEOWNERS itself) are then signed like a complaint.
 * Nothing when the directie has no GitHub logins (a register not on GitHub).
 */
export function codeownersFindings(root: string, config: RegisterConfig): Finding[] {
  const logins = config.management.flatMap((p) => (p.github ? [p.github.toLowerCase()] : []));
  if (logins.length === 0) return [];
  const expected = codeownersLine(logins);
  const directie = logins.map((l) => `@${l}`).join(' ');
  let text: string;
  try {
    // Read no further than the size limit, as every file of the register.
    const read = readTextFile(root, CODEOWNERS_FILE, 'CODEOWNERS');
    if (!read.ok) return [read.finding];
    text = read.text;
  } catch {
    return [finding(CODEOWNERS_FILE, { line: 1, column: 1 }, 'error', 'codeowners-missing', null,
      `${CODEOWNERS_FILE} ontbreekt. Maak het bestand met de regel:\n${expected}\nDan vraagt GitHub bij elke wijziging de directie om de goedkeuring die de handtekening is.`)];
  }
  const rules = parse(text);
  const findings: Finding[] = [];
  // Exactly a rule for everything: a pattern that merely matches a few sample paths (*.*) leaves others unowned.
  const everything = rules.find((r) => ['*', '**', '/**'].includes(r.text));
  if (!everything) {
    findings.push(finding(CODEOWNERS_FILE, { line: 1, column: 1 }, 'error', 'codeowners-not-everything', null,
      `${CODEOWNERS_FILE} geeft niet alles aan de directie. Zet bovenaan de regel:\n${expected}\nZonder die regel verandert iemand anders klachtenregister.yml, de workflows of CODEOWNERS zelf zonder handtekening.`));
  }
  for (const rule of rules) {
    const owners = new Set(rule.owners);
    const same = owners.size === logins.length && logins.every((l) => owners.has(l));
    if (same) continue;
    findings.push(finding(CODEOWNERS_FILE, { line: rule.line, column: 1 }, 'error', 'codeowners-mismatch', null,
      `${rule.text} hoort bij precies de directie uit klachtenregister.yml (${directie}), niet bij ${owners.size > 0 ? [...owners].map((o) => `@${o}`).join(' ') : 'niemand'}: in een register hoort alles bij de directie, anders keurt iemand anders die bestanden goed.`));
  }
  return [...capFindings(findings)];
}
