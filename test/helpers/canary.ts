/**
 * The canary complainant of test/fixtures/valid/in-behandeling.md. None of these strings may
 * appear in any output but the complaint file itself and the PDFs made for it.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import type { PersonalField } from '../../src/core/complaint/schema-vocabulary.js';

/**
 * A canary value for every personal field of the schema ("x-persoonsgegeven"), the body as
 * `omschrijving`. The type demands one for each: a field marked personal later needs one here, and
 * the privacy guard then looks for it too.
 */
export const CANARY_FIELDS = {
  'indiener.naam': 'Carla Canarie',
  'indiener.adres': 'Kanarieweg 1',
  'indiener.postcode': '1111 AA',
  'indiener.woonplaats': 'Vogelstad',
  'indiener.email': 'carla@canarie.invalid',
  'indiener.telefoon': '06-11111111',
  'correspondentie[].onderwerp': 'Kanariebrief over de afspraak',
  'correspondentie[].bijlage': 'bijlagen/kanarie-brief.pdf',
  'afhandeling.standpunt_indiener': 'Kanariestandpunt van de indiener',
  'ondertekening.indiener.bijlage': 'bijlagen/kanarie-handtekening.pdf',
  omschrijving: 'Kanariegeheim',
} as const satisfies Record<PersonalField, string>;

export const CANARY = {
  name: CANARY_FIELDS['indiener.naam'],
  address: CANARY_FIELDS['indiener.adres'],
  postcode: CANARY_FIELDS['indiener.postcode'],
  city: CANARY_FIELDS['indiener.woonplaats'],
  email: CANARY_FIELDS['indiener.email'],
  phone: CANARY_FIELDS['indiener.telefoon'],
  description: CANARY_FIELDS.omschrijving,
} as const;

/** Every canary value, plus the fragments that would betray part of one. */
const NEEDLES = [...Object.values(CANARY_FIELDS), 'Canarie', 'Kanarie', 'canarie'];

/** The canary strings found in `text`. */
export function canaryLeaks(text: string): string[] {
  return NEEDLES.filter((needle) => text.includes(needle));
}

/** The attachments a file from withCanaryEverywhere names, as files for makeRegister: an attachment must be in the register. */
export const CANARY_ATTACHMENTS: Readonly<Record<string, string>> = {
  [CANARY_FIELDS['correspondentie[].bijlage']]: 'brief', [CANARY_FIELDS['ondertekening.indiener.bijlage']]: 'scan',
};

/**
 * A complaint file with the canary in every personal field (in every item of a list), so that the
 * guard watches each of them. The lists the fields live in must be in the file already.
 */
export function withCanaryEverywhere(text: string): string {
  const [, matter, body] = /^---\r?\n([\s\S]*?)^---\r?\n([\s\S]*)$/m.exec(text) ?? [];
  if (matter === undefined || body === undefined) throw new Error('no frontmatter');
  const doc = parseDocument(matter);
  for (const [field, value] of Object.entries(CANARY_FIELDS)) {
    if (field === 'omschrijving') continue;
    const [before, after] = field.split('[]');
    const path = (before ?? '').split('.');
    if (after === undefined) {
      doc.setIn(path, value);
      continue;
    }
    const list = doc.getIn(path, true);
    if (!isSeq(list) || list.items.length === 0) throw new Error(`the file needs a list ${path.join('.')} for ${field}`);
    list.items.forEach((item, index) => {
      if (isMap(item)) doc.setIn([...path, index, ...after.slice(1).split('.')], value);
    });
  }
  const description = body.includes(CANARY_FIELDS.omschrijving) ? body : `${body.trimEnd()} ${CANARY_FIELDS.omschrijving}.\n`;
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${description}`;
}
