/**
 * The verdict on a pull request as a whole: problems that stop it whatever the reviews say (no
 * configuration at the base, a base that is not one branch, a merge that can't be judged, a
 * symbolic link, a file name that could write the log, an outdated run), and the signature of each
 * complaint it changes. Pure; also the short description of the commit status.
 */
import { CONFIG_FILE } from '../complaint/layout.js';
import { printable } from '../text/path-names.js';
import type { SignatureCheck } from './signatures.js';

export type ProblemRule =
  | 'no-base-config' | 'base-ref' | 'merge-bases' | 'no-merge-base' | 'merge-conflict' | 'symlink' | 'unsafe-name' | 'unreadable-complaint' | 'outdated-head' | 'other-base';

/** Something in the pull request that fails the check by itself. Dutch, without personal data. */
export interface PullRequestProblem {
  readonly rule: ProblemRule;
  /** The path in the register it is about, if any. */
  readonly file: string | null;
  readonly message: string;
}

export interface PullRequestVerdict {
  readonly ok: boolean;
  readonly problems: readonly PullRequestProblem[];
  readonly complaints: readonly SignatureCheck[];
}

export function pullRequestVerdict(problems: readonly PullRequestProblem[], complaints: readonly SignatureCheck[]): PullRequestVerdict {
  return { ok: problems.length === 0 && complaints.every((c) => c.ok), problems, complaints };
}

/** The base has no klachtenregister.yml: nobody is known to sign, so nothing can be signed. */
export function noBaseConfig(base: string): PullRequestProblem {
  return {
    rule: 'no-base-config', file: CONFIG_FILE,
    message: `Op de basis (${base}) staat geen ${CONFIG_FILE}, dus is niet bekend wie voor de directie tekent; een pull request mag dat niet zelf bepalen. `
      + `Het eerste ${CONFIG_FILE} van een register komt binnen via de eigenaar van de organisatie of de directie zelf, met de bescherming van de repository aan `
      + `(klacht init maakt het; klacht instellingen controleert de bescherming). Voeg het eerst zo toe aan de basis en start deze controle dan opnieuw.`,
  };
}

/** The base is not exactly one branch (ambiguous, a tag, a commit, missing): `message` says which. */
export function baseRefProblem(message: string): PullRequestProblem {
  return { rule: 'base-ref', file: null, message: `De basis is niet één branch: ${message}` };
}

/**
 * The merge can't be judged: two or more merge bases (a "criss-cross", where git's diff shows one
 * side and the merge does something else), none (unrelated histories), or conflicts.
 */
export function mergeProblem(reason: 'merge-bases' | 'no-merge-base' | 'conflict', base: string, mergeBases: readonly string[]): PullRequestProblem {
  switch (reason) {
    case 'merge-bases':
      return {
        rule: 'merge-bases', file: null,
        message: `De pull request en ${base} hebben ${mergeBases.length} gemeenschappelijke beginpunten (merge bases: ${mergeBases.map((c) => c.slice(0, 12)).join(', ')}), bijvoorbeeld doordat een oudere branch of een eerdere versie van ${base} erin is samengevoegd. `
          + 'Wat samenvoegen dan doet, is niet wat de wijzigingen laten zien, en kan zonder dat het te zien is eerdere wijzigingen terugdraaien. Maak de pull request opnieuw vanaf de huidige basis (een nieuwe branch met alleen de bedoelde wijzigingen).',
      };
    case 'no-merge-base':
      return { rule: 'no-merge-base', file: null, message: `De pull request heeft geen gemeenschappelijke geschiedenis met ${base}. Haal de hele geschiedenis op (fetch-depth: 0), of maak de branch vanaf ${base}.` };
    case 'conflict':
      return { rule: 'merge-conflict', file: null, message: `De pull request botst met ${base} (een samenvoegconflict): wat samenvoegen zou opleveren, is niet te beoordelen. Werk de branch bij met ${base} en los de conflicten op.` };
  }
}

/** A file name under complaints/ or analyses/ with a control character, a `|` or `##[`: it could write lines or commands in the log or cells in the summary. */
export function unsafeNameProblem(path: string): PullRequestProblem {
  const shown = printable(path);
  return {
    rule: 'unsafe-name', file: shown,
    message: `De naam ${shown} heeft een stuurteken (zoals een regeleinde), een | of een opdracht voor GitHub Actions (twee hekjes gevolgd door [) erin. Zo'n naam kan regels in het log of de samenvatting schrijven die de controle niet zelf schreef. Geef het bestand een gewone naam (een klacht heet complaints/<jaar>/KL-<jaar>-<nummer>.md).`,
  };
}

/** A symbolic link under complaints/ or analyses/: what it points to is outside the signature's reach. */
export function symlinkProblem(path: string): PullRequestProblem {
  return {
    rule: 'symlink', file: path,
    message: `${printable(path)} is een snelkoppeling (symbolische link). In complaints/ en analyses/ zijn snelkoppelingen niet toegestaan: de inhoud staat dan elders en valt buiten de ondertekening. Zet het bestand of de map zelf op deze plek.`,
  };
}

/**
 * A complaint file that the merge would leave unreadable (no frontmatter, a field twice after two
 * clean-merging edits, a submodule or other non-file in its place): what it says, and so what the
 * signature would be for, can't be judged.
 */
export function unreadableComplaintProblem(path: string, base: string): PullRequestProblem {
  const shown = printable(path);
  return {
    rule: 'unreadable-complaint', file: shown,
    message: `${shown} is in wat samenvoegen zou opleveren geen leesbaar klachtbestand (bijvoorbeeld een veld dat er twee keer in staat nadat beide kanten het verplaatsten, kapotte frontmatter, of geen gewoon bestand). `
      + `Wat samenvoegen met deze klacht doet, is zo niet te beoordelen. Werk de branch bij met ${base} en maak het bestand weer geldig (klacht valideer zegt wat er mis is).`,
  };
}

/** GitHub's pull request has moved on since the commit this run judged. */
export function outdatedHead(judged: string): PullRequestProblem {
  return {
    rule: 'outdated-head', file: null,
    message: `De pull request heeft op GitHub een nieuwere laatste commit dan de beoordeelde (${judged.slice(0, 12)}); deze controle is verouderd. De controle van de nieuwste commit telt.`,
  };
}

/**
 * The pull request goes into another branch than the one whose directie was read: the signature
 * counts only for what comes into the register's branch, judged by that branch's klachtenregister.yml.
 */
export function otherBase(actual: string, judged: string): PullRequestProblem {
  return {
    rule: 'other-base', file: null,
    message: `Deze pull request gaat naar de branch '${actual}', niet naar '${judged}'. Alleen wat in '${judged}' komt, wordt ondertekend: zet de doelbranch van de pull request op '${judged}'.`,
  };
}

/** The commit status's description for the first problem: no names, so nothing anyone chose reaches it. */
const PROBLEM_STATUS: Readonly<Record<ProblemRule, string>> = {
  'no-base-config': `Geen ${CONFIG_FILE} op de basis: niet te ondertekenen.`,
  'base-ref': 'De basis is niet één branch: niet te beoordelen.',
  'merge-bases': 'Meer dan één merge base: samenvoegen is niet te beoordelen.',
  'no-merge-base': 'Geen gemeenschappelijke geschiedenis met de basis.',
  'merge-conflict': 'Samenvoegconflict: niet te beoordelen.',
  symlink: 'Snelkoppeling in het register: niet toegestaan.',
  'unsafe-name': 'Bestandsnaam met stuurteken, | of opdracht: niet toegestaan.',
  'unreadable-complaint': 'Onleesbaar klachtbestand na samenvoegen: niet te beoordelen.',
  'other-base': 'Andere doelbranch: niet te ondertekenen.',
  'outdated-head': 'Verouderd: de pull request heeft een nieuwere commit.',
};

/** GitHub's limit for a commit status's description. */
export const STATUS_DESCRIPTION_MAX = 140;

/** The commit status's description: the verdict in one short Dutch line, ids only (no names, no personal data). */
export function statusDescription(verdict: PullRequestVerdict): string {
  const ids = (list: readonly string[]): string => (list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')} en ${list.length - 3} meer`);
  let text: string;
  if (verdict.problems.length > 0) {
    const first = verdict.problems[0] as PullRequestProblem;
    text = PROBLEM_STATUS[first.rule];
  } else if (verdict.complaints.length === 0) {
    text = 'Geen handtekening van de directie nodig.';
  } else {
    const missing = verdict.complaints.filter((c) => !c.ok).map((c) => c.id);
    text = missing.length === 0 ? `Ondertekend door de directie (${ids(verdict.complaints.map((c) => c.id))}).` : `Handtekening van de directie ontbreekt: ${ids(missing)}.`;
  }
  text = printable(text);
  return text.length <= STATUS_DESCRIPTION_MAX ? text : `${text.slice(0, STATUS_DESCRIPTION_MAX - 1)}…`;
}
