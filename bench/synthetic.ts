/** Synthetic registers for the benchmarks: valid complaints spread over ten year folders. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPLAINANT_ROLES as ROLES, INTAKE_CHANNELS as CHANNELS } from '../src/core/complaint/schema-vocabulary.js';

const CATEGORIES = ['communicatie', 'kwaliteit coaching', 'planning', 'facturatie', 'privacy', 'overig'];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The text of synthetic complaint `index` of `year`. */
export function syntheticComplaint(year: number, index: number): string {
  // The benchmark's today is 2026-11-24: in that year no date falls after October, so the
  // register is clean, as a register in use is (a finding costs a second, positioned parse).
  const month = (index % (year >= 2026 ? 10 : 12)) + 1;
  const day = (index % 20) + 1;
  const date = (d: number): string => `${year}-${pad(month)}-${pad(Math.min(d, 28))}`;
  const id = `KL-${year}-${pad(index + 1, 3)}`;
  const closed = index % 3 !== 0;
  return `---
id: ${id}
status: ${closed ? 'afgehandeld' : 'in behandeling'}
complex: ${index % 2 === 0}
ontvangen:
  datum: ${date(day)}
  door: Medewerker ${index % 7}
  wijze: ${CHANNELS[index % CHANNELS.length]}
ingediend: ${date(day)}
geregistreerd: ${date(day + 1)}
indiener:
  naam: Indiener ${year}-${index}
  adres: Straat ${index}
  postcode: ${1000 + (index % 8999)} AB
  woonplaats: Plaats ${index % 50}
  email: indiener${index}@voorbeeld.invalid
  telefoon: "06-${pad(index % 100000000, 8)}"
  rol: ${ROLES[index % ROLES.length]}
klachtverantwoordelijke: Directielid ${index % 2}
${closed ? `behandelaar: Directielid ${index % 2}\n` : ''}categorie: ${CATEGORIES[index % CATEGORIES.length]}
acties:
  - { datum: ${date(day + 1)}, actie: Intakegesprek gepland }
correspondentie:
  - { datum: ${date(day + 1)}, richting: uit, soort: ontvangstbevestiging, onderwerp: Bevestiging ontvangst }
${closed ? `  - { datum: ${date(day + 3)}, richting: uit, soort: reactie, onderwerp: Reactie op uw klacht }
afhandeling:
  datum: ${date(day + 5)}
  oorzaak: Oorzaak ${index % 11}
  oplossing: Oplossing ${index % 13}
  standpunt_indiener: Standpunt indiener
  standpunt_directie: Standpunt directie
  overeenstemming: ${index % 4 !== 0}
  oordeel: gegrond
` : ''}ondertekening:
  indiener: { datum: ${date(day + 1)}, wijze: handtekening op klachtenformulier }
  directie: { datum: ${date(day + 1)}, naam: Directielid ${index % 2} }
---
De indiener geeft aan dat de dienstverlening in week ${index % 52} niet aan de verwachting voldeed.
`;
}

/** Writes a register of `count` complaints over ten years (2017-2026) into `root`. */
export function writeSyntheticRegister(root: string, count: number): void {
  // A register states its rules: an empty configuration means every default.
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'klachtenregister.yml'), '');
  const perYear = Math.ceil(count / 10);
  for (let i = 0; i < count; i++) {
    const year = 2017 + Math.floor(i / perYear);
    const index = i % perYear;
    const folder = join(root, 'complaints', String(year));
    if (index === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `KL-${year}-${pad(index + 1, 3)}.md`), syntheticComplaint(year, index));
  }
}
