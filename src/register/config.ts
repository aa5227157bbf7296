/** Reading klachtenregister.yml: optional, every key has a default, findings with line and column. */
import { join } from 'node:path';
import { parseCalendarDate, type CalendarDate } from '../core/time/calendar-date.js';
import { DEFAULT_CONFIG, type Person, type ProcedureName, type RegisterConfig } from '../core/complaint/config.js';
import { finding, type Finding } from '../core/complaint/finding.js';
import type { Issue } from '../core/complaint/issue.js';
import { resolveProcedure } from '../core/time/procedure.js';
import { schemaIssuesForConfig } from '../core/complaint/schema.js';
import { readBounded } from './bounded-read.js';
import { capFindings, positioned } from './check-file.js';
import { decodeText } from './decode.js';
import { parsePlainYaml } from './plain-yaml.js';
import { slowParse } from './yaml-frontmatter.js';
import { CONFIG_FILE } from '../core/complaint/layout.js';

export interface LoadedConfig {
  readonly config: RegisterConfig;
  readonly findings: readonly Finding[];
  readonly present: boolean;
}

/** Loads the configuration of the register at `root`; a missing file gives the defaults. */
export function loadConfig(root: string): LoadedConfig {
  let bytes: Uint8Array;
  try {
    bytes = readBounded(join(root, CONFIG_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: DEFAULT_CONFIG, findings: [], present: false };
    throw error;
  }
  return { ...parseConfig(bytes), present: true };
}

/** Parses configuration bytes. Values that do not validate fall back to their defaults. */
export function parseConfig(bytes: Uint8Array): { config: RegisterConfig; findings: Finding[] } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { config: DEFAULT_CONFIG, findings: [finding(CONFIG_FILE, decoded.position, 'error', decoded.rule, null, decoded.message)] };
  if (decoded.text.trim() === '') return { config: DEFAULT_CONFIG, findings: [] };
  // A clean configuration in the plain subset needs no positions; anything else is read by `yaml`.
  const plain = parsePlainYaml(decoded.text);
  if (plain) {
    const checked = checkConfigData(plain);
    if (checked.issues.length === 0) return { config: checked.config, findings: [] };
  }
  const parsed = slowParse(decoded.text);
  if (!parsed.ok) {
    return { config: DEFAULT_CONFIG, findings: [...capFindings(parsed.problems.map((p) => finding(CONFIG_FILE, p.position, 'error', p.rule, null, p.message)))] };
  }
  const { config, issues } = checkConfigData(parsed.data);
  const findings = [...capFindings(issues.map((issue) => positioned(CONFIG_FILE, issue, parsed.locator, { line: 1, column: 1 })))];
  return { config, findings };
}

function checkConfigData(raw: Record<string, unknown>): { config: RegisterConfig; issues: Issue[] } {
  const issues = schemaIssuesForConfig(raw);
  // A key with a finding falls back to its default; the rest of the configuration still counts.
  const rejected = new Set(issues.map((issue) => issue.path[0]));
  const data = Object.fromEntries(Object.entries(raw).filter(([key]) => !rejected.has(key)));
  const config = toConfig(data);
  issues.push(...resolveProcedure(config.procedure, config.termOverrides).issues);
  return { config, issues };
}

function people(value: unknown): Person[] {
  return Array.isArray(value) ? (value as Person[]) : [];
}

function toConfig(data: Record<string, unknown>): RegisterConfig {
  const organisation = (data.organisatie ?? DEFAULT_CONFIG.organisation) as RegisterConfig['organisation'];
  return {
    organisation: { ...DEFAULT_CONFIG.organisation, ...organisation },
    procedure: (data.procedure as ProcedureName | undefined) ?? DEFAULT_CONFIG.procedure,
    termOverrides: (data.termijnen as Record<string, unknown> | undefined) ?? {},
    warningDays: (data.waarschuwing_dagen as number | undefined) ?? DEFAULT_CONFIG.warningDays,
    retentionMonths: (data.bewaartermijn_maanden as number | undefined) ?? DEFAULT_CONFIG.retentionMonths,
    extraHolidays: Array.isArray(data.vrije_dagen)
      ? data.vrije_dagen.map(parseCalendarDate).filter((d): d is CalendarDate => d !== undefined)
      : [],
    backdatingDays: (data.terugdatering_dagen as number | undefined) ?? DEFAULT_CONFIG.backdatingDays,
    management: people(data.directie),
    staff: people(data.medewerkers),
    categories: Array.isArray(data.categorieen) ? (data.categorieen as string[]) : [],
  };
}
