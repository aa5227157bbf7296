/**
 * The options of a step's choice: the schema's words, the register's people and categories, or the
 * complaint's own measures. The same list for the command line (a choice on a terminal, a value
 * checked regardless of capitals) and for the form (its choice input, core/forms.ts).
 */
import type { Complaint } from '../complaint/complaint.js';
import type { RegisterConfig } from '../complaint/config.js';
import { COMPLAINANT_ROLES, CORRESPONDENCE_KINDS, DIRECTIONS, INTAKE_CHANNELS, JUDGEMENTS, MEASURE_STATUSES } from '../complaint/schema-vocabulary.js';
import type { ChoiceSource, StepField } from './step.js';

export interface ChoiceOption {
  readonly value: string;
  /** As a list shows it: a measure with its description and status. */
  readonly label: string;
}

const plain = (values: readonly string[]): ChoiceOption[] => values.map((value) => ({ value, label: value }));

/** The options of a choice source for this register (and, for the measures, this complaint). */
export function sourceOptions(source: ChoiceSource, config: RegisterConfig, complaint?: Complaint): ChoiceOption[] {
  switch (source) {
    case 'rollen': return plain(COMPLAINANT_ROLES);
    case 'wijzen': return plain(INTAKE_CHANNELS);
    case 'richtingen': return plain(DIRECTIONS);
    case 'soorten': return plain(CORRESPONDENCE_KINDS);
    case 'oordelen': return plain(JUDGEMENTS);
    case 'maatregel-statussen': return plain(MEASURE_STATUSES);
    case 'categorieen': return plain(config.categories);
    // Everyone who may take a complaint in or handle it: the directie and the medewerkers.
    case 'mensen': return plain([...new Set([...config.management, ...config.staff].map((p) => p.naam))]);
    case 'directie': return plain(config.management.map((p) => p.naam));
    // A measure's description is not personal (the schema does not mark it): it helps to choose.
    case 'maatregelen': return (complaint?.closure?.measures ?? []).map((m, i) => ({ value: String(i + 1), label: `${i + 1}. ${m.description ?? ''} (${m.status ?? 'zonder status'})` }));
  }
}

/** The options of a choice field, or none for a field that is no choice. */
export function choicesOf(field: StepField, config: RegisterConfig, complaint?: Complaint): ChoiceOption[] {
  return field.choices === undefined ? [] : sourceOptions(field.choices, config, complaint);
}
