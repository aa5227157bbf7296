/**
 * The canary complainant of test/fixtures/valid/in-behandeling.md. None of these strings may
 * appear in any output but the complaint file itself and the PDFs made for it.
 */
export const CANARY = {
  name: 'Carla Canarie',
  address: 'Kanarieweg 1',
  postcode: '1111 AA',
  city: 'Vogelstad',
  email: 'carla@canarie.invalid',
  phone: '06-11111111',
  description: 'Kanariegeheim',
} as const;

/** Every canary value, plus the fragments that would betray part of one. */
const NEEDLES = [...Object.values(CANARY), 'Canarie', 'Kanarie', 'canarie'];

/** The canary strings found in `text`. */
export function canaryLeaks(text: string): string[] {
  return NEEDLES.filter((needle) => text.includes(needle));
}
