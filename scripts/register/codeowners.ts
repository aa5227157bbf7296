/**
 * .github/CODEOWNERS against klachtenregister.yml: complaints/ and analyses/ belong to exactly the
 * directie members (their GitHub logins), so that branch protection asks them for the review that
 * is their signature. The last matching rule wins, as on GitHub.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegisterConfig } from '../core/config.js';
import { finding, type Finding } from '../core/finding.js';

export const CODEOWNERS_FILE = '.github/CODEOWNERS';

interface Rule { readonly line: number; readonly pattern: RegExp; readonly owners: readonly string[] }

/** A CODEOWNERS pattern (gitignore-like) as a regular expression over paths relative to the root. */
function patternToRegExp(pattern: string): RegExp {
  const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/');
  let body = pattern.replace(/^\//, '');
  const directory = body.endsWith('/');
  if (directory) body = body.slice(0, -1);
  const source = body.split('**').map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')).join('.*');
  return new RegExp(`${anchored ? '^' : '(^|/)'}${source}${directory ? '/' : '(/|$)'}`);
}

function parse(text: string): Rule[] {
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.replace(/\s#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) return [];
    const [pattern = '', ...owners] = line.split(/\s+/);
    return [{ line: index + 1, pattern: patternToRegExp(pattern), owners: owners.map((o) => o.replace(/^@/, '').toLowerCase()) }];
  });
}

/** Findings when CODEOWNERS and the directie disagree (nothing when the directie has no GitHub logins). */
export function codeownersFindings(root: string, config: RegisterConfig): Finding[] {
  const logins = config.management.flatMap((p) => (p.github ? [p.github.toLowerCase()] : []));
  if (logins.length === 0) return [];
  const expected = `/complaints/ ${logins.map((l) => `@${l}`).join(' ')}\n/analyses/ ${logins.map((l) => `@${l}`).join(' ')}`;
  let text: string;
  try {
    text = readFileSync(join(root, CODEOWNERS_FILE), 'utf8');
  } catch {
    return [finding(CODEOWNERS_FILE, { line: 1, column: 1 }, 'error', 'codeowners-missing', null,
      `${CODEOWNERS_FILE} ontbreekt. Maak het bestand met:\n${expected}\nDan vraagt GitHub de directie om de goedkeuring die de handtekening is.`)];
  }
  const rules = parse(text);
  const findings: Finding[] = [];
  for (const [folder, sample] of [['complaints/', 'complaints/2026/KL-2026-001.md'], ['analyses/', 'analyses/2026.md']] as const) {
    const rule = [...rules].reverse().find((r) => r.pattern.test(sample));
    const owners = new Set(rule?.owners ?? []);
    const same = owners.size === logins.length && logins.every((l) => owners.has(l));
    if (!same) {
      findings.push(finding(CODEOWNERS_FILE, { line: rule?.line ?? 1, column: 1 }, 'error', 'codeowners-mismatch', null,
        `${folder} hoort in ${CODEOWNERS_FILE} precies bij de directie uit klachtenregister.yml (${logins.map((l) => `@${l}`).join(' ')}), niet bij ${owners.size > 0 ? [...owners].map((o) => `@${o}`).join(' ') : 'niemand'}.`));
    }
  }
  return findings;
}
