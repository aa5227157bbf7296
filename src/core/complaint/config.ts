/** The register's configuration (klachtenregister.yml) as the core sees it, with its defaults. */
import type { CalendarDate } from '../time/calendar-date.js';
import type { ProcedureName } from './schema-vocabulary.js';

export type { ProcedureName };

export interface Person {
  readonly naam: string;
  readonly github?: string;
}

export interface Organisation {
  readonly naam: string;
  readonly email?: string;
  readonly telefoon?: string;
  readonly adres?: string;
  readonly logo?: string;
}

export interface RegisterConfig {
  readonly organisation: Organisation;
  readonly procedure: ProcedureName;
  /** Overrides of the preset's terms, as written in the config (checked by the procedure module). */
  readonly termOverrides: Readonly<Record<string, unknown>>;
  readonly warningDays: number;
  readonly retentionMonths: number;
  readonly extraHolidays: readonly CalendarDate[];
  readonly backdatingDays: number;
  readonly management: readonly Person[];
  readonly staff: readonly Person[];
  readonly categories: readonly string[];
}

export const DEFAULT_CONFIG: RegisterConfig = {
  organisation: { naam: 'Liberi Coaching B.V.' },
  procedure: 'liberi',
  termOverrides: {},
  warningDays: 7,
  retentionMonths: 24,
  extraHolidays: [],
  backdatingDays: 7,
  management: [],
  staff: [],
  categories: [],
};
