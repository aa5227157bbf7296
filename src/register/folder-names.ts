/**
 * The names in complaints/ and analyses/: a name with a control character or a `|` could write
 * lines into a workflow's log or cells into its summary (core/path-names.ts), and a file under
 * complaints/ that is not a complaint file is outside every check of the register. Both are error
 * findings of `klacht valideer`, whose status is a required check. Links are not followed.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_START, finding, type Finding } from '../core/complaint/finding.js';
import { ANALYSES_DIR, COMPLAINTS_DIR } from '../core/complaint/layout.js';
import { hasUnsafeName } from '../core/text/path-names.js';
import { isTempName, strayKind } from './stray-entries.js';

const UNSAFE = 'De naam van dit bestand of deze map heeft een stuurteken (zoals een regeleinde), een | of een opdracht voor GitHub Actions (twee hekjes gevolgd door [) erin. Zo\'n naam kan in het log of de samenvatting '
  + 'van een workflow regels schrijven die de controle niet zelf schreef. Geef het een gewone naam (een klacht heet complaints/<jaar>/KL-<jaar>-<nummer>.md).';
const HIDDEN = 'Deze naam begint met een punt: zo\'n bestand of map is verborgen (in de verkenner, in git-programma\'s) en een klacht erin valt makkelijk buiten beeld. '
  + 'Geef het een gewone naam (een klacht heet complaints/<jaar>/KL-<jaar>-<nummer>.md).';
/** Names with a dot in front that may stand in complaints/: the placeholder klacht init writes, and the Finder's own file. */
const ALLOWED_HIDDEN = new Set(['.gitkeep', '.DS_Store']);
const NOT_A_COMPLAINT = 'In complaints/ staan alleen klachtbestanden (complaints/<jaar>/KL-<jaar>-<nummer>.md). Dit bestand valt buiten elke controle van het register: '
  + 'zet een bijlage in bijlagen/ en verwijs ernaar vanuit de klacht (bijlage: bijlagen/...).';

/**
 * Findings for every unsafe name under complaints/ and analyses/, every name under complaints/
 * that starts with a dot, and every file under complaints/ that is not a complaint file.
 */
export function folderNameFindings(root: string): Finding[] {
  const findings: Finding[] = [];
  const visit = (path: string, inComplaints: boolean): void => {
    const stat = lstatSync(join(root, path), { throwIfNoEntry: false });
    if (!stat) return;
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (hasUnsafeName(name)) findings.push(finding(path, FILE_START, 'error', 'unsafe-name', null, UNSAFE));
    // (A temporary file of an older klacht, `.<name>.<pid>.<random>.tmp`, has a finding of its own.)
    const hidden = inComplaints && name.startsWith('.') && !(stat.isFile() && ALLOWED_HIDDEN.has(name)) && strayKind(name, stat.isFile()) !== 'leftover-temp-file';
    if (hidden) findings.push(finding(path, FILE_START, 'error', 'hidden-name', null, HIDDEN));
    if (stat.isDirectory()) {
      for (const entry of readdirSync(join(root, path)).sort()) visit(`${path}/${entry}`, inComplaints);
    } else if (inComplaints && stat.isFile() && !name.startsWith('.') && !name.endsWith('.md') && !isTempName(name)) {
      // (A temporary file of klacht left behind has a finding of its own: register/stray-entries.ts.)
      findings.push(finding(path, FILE_START, 'error', 'not-a-complaint-file', null, NOT_A_COMPLAINT));
    }
  };
  visit(COMPLAINTS_DIR, true);
  visit(ANALYSES_DIR, false);
  return findings;
}
