/**
 * What in a pull request's change of one complaint file needs the directie's signature
 * (README "Ondertekening"): registering and closing a complaint, changing its `ondertekening`,
 * and undoing any of that: deleting the file, moving its status back, or moving the file; and any
 * change of the register's rules (isRuleFile). Every other change needs it too ('wijziging'): the
 * directie owns everything in a register (CODEOWNERS `*`), so nothing is left unsigned by default,
 * and the reasons only say what the signature is for. Pure.
 */
import type { Complaint } from '../complaint/complaint.js';
import { STATUSES } from '../complaint/schema-vocabulary.js';

export type SignatureReason = 'registratie' | 'afhandeling' | 'ondertekening' | 'verwijdering' | 'terugzetting' | 'verplaatsing' | 'regels' | 'wijziging';

export const REASON_TEXT: Readonly<Record<SignatureReason, string>> = {
  registratie: 'registratie (status in behandeling)',
  afhandeling: 'afhandeling (status afgehandeld)',
  ondertekening: 'wijziging van ondertekening',
  verwijdering: 'verwijdering van het klachtbestand',
  terugzetting: 'status teruggezet',
  verplaatsing: 'klachtbestand verplaatst of hernoemd',
  regels: 'wijziging van de regels van het register',
  wijziging: 'wijziging (in een register tekent de directie voor alles)',
};

/**
 * The register's rules: its configuration (who signs) and everything under .github/ (CODEOWNERS,
 * the workflows that judge). A change to them is signed by the directie like a complaint, or a
 * colleague could change who signs, or what checks, with an ordinary approval.
 */
export function isRuleFile(path: string): boolean {
  return path === 'klachtenregister.yml' || path === '.github' || path.startsWith('.github/');
}

/** One complaint file's change: its content at the base and at the head (undefined: absent or unreadable). */
export interface ComplaintChange {
  readonly before: Complaint | undefined;
  readonly after: Complaint | undefined;
  /** The file was deleted in this change (its content at the base may be unreadable). */
  readonly deleted?: boolean;
  /** The file has another path at the head than at the base. */
  readonly moved?: boolean;
}

/** The order of the statuses in the procedure, from the schema's list (ontvangen first). */
function rank(status: Complaint['status']): number {
  return status === undefined ? -1 : STATUSES.indexOf(status);
}

/** What in a complaint's change needs the directie's signature. */
export function signatureNeeds(change: ComplaintChange): SignatureReason[] {
  const { before, after } = change;
  // A deletion takes the complaint out of the register, whatever it held: the directie decides that.
  if (change.deleted === true || after === undefined) return before !== undefined || change.deleted === true ? ['verwijdering'] : [];
  const reasons: SignatureReason[] = [];
  const registered = (status: Complaint['status']): boolean => status === 'in behandeling' || status === 'afgehandeld';
  if (registered(after.status) && !registered(before?.status)) reasons.push('registratie');
  if (after.status === 'afgehandeld' && before?.status !== 'afgehandeld') reasons.push('afhandeling');
  if (before !== undefined && rank(after.status) < rank(before.status)) reasons.push('terugzetting');
  if (JSON.stringify(before?.signatures ?? {}) !== JSON.stringify(after.signatures)) reasons.push('ondertekening');
  if (change.moved === true) reasons.push('verplaatsing');
  return reasons;
}
