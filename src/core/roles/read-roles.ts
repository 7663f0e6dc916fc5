/**
 * The roles of the contract's "Roles and stages": the Stage, the Secretariat and Appraisers accounts of the Settings
 * sheet, each unit's Email accounts, and which sheets are the contract's, the units' and the generated ones. Errors
 * here (an entry that is not an e-mail address, an unknown Stage) stop only Apply roles, never the scoring.
 */
import { a1 } from '../basics/a1';
import { cellText } from '../basics/cells';
import { readColumns } from '../sheets/headers';
import { languageOf } from '../language';
import { SheetProblems } from '../basics/problems';
import { settingEntries } from '../sheets/settings-sheet';
import { SheetIndex } from '../sheets/sheet-index';
import { foldKey } from '../basics/text';
import type { Language, ParError, Sheet, Workbook } from '../types';
import { implicitUnits } from '../sheets/units-sheet';
import { isReportTab, UNIT_HEADERS, UNITS_COLUMNS } from '../sheets/workbook-schema';

export type Stage = 'self-assessment' | 'appraisal' | 'explanation' | 'published';

/** Each stage's names: the English keyword, then the Vietnamese. */
export const STAGE_NAMES: Record<Stage, readonly [string, string]> = {
  'self-assessment': ['self-assessment', 'kê khai'],
  appraisal: ['appraisal', 'thẩm định'],
  explanation: ['explanation', 'giải trình'],
  published: ['published', 'công bố'],
};

const STAGES = new Map<string, Stage>(
  (Object.keys(STAGE_NAMES) as Stage[]).flatMap((stage) =>
    STAGE_NAMES[stage].map((name) => [foldKey(name), stage] as const),
  ),
);

/** The stage a text names, in either language, ignoring case and diacritics. */
export function stageOf(text: string): Stage | undefined {
  return STAGES.get(foldKey(text));
}

export interface RoleUnit {
  name: string;
  /** Its sheet, as the workbook names it. */
  sheet: string;
  emails: string[];
}

export interface Roles {
  language: Language;
  stage: Stage;
  secretariat: string[];
  appraisers: string[];
  /** The units whose sheet exists, in the Units sheet's order. */
  units: RoleUnit[];
  /** Criteria, Units, Survey, Settings and History sheets. */
  contractSheets: string[];
  /** Ranking, Deductions, Analysis and the unit reports. */
  generatedSheets: string[];
  errors: ParError[];
}

/** One entry of a cell split at `;`, `,` and spaces: something@domain.tld. */
const EMAIL = /^[^@]+@[^@]+\.[^@]+$/;

/** The accounts of a cell, separated by `;`, `,` or spaces, in lower case (Google accounts ignore case). */
function accounts(text: string, problems: SheetProblems, cell: string): string[] {
  const found: string[] = [];
  for (const entry of text.split(/[;,\s]+/)) {
    if (entry === '') continue;
    if (!EMAIL.test(entry)) problems.error(cell, 'badEmail', { text: entry });
    else if (!found.includes(entry.toLowerCase())) found.push(entry.toLowerCase());
  }
  return found;
}

function readSettingsRoles(sheet: Sheet | null, roles: Roles): void {
  if (!sheet) return;
  const problems = new SheetProblems(roles.language, sheet.name, roles.errors);
  for (const { key, row, column, value } of settingEntries(sheet)) {
    const cell = a1(row, column);
    if (key === 'stage' && value !== '') {
      const stage = stageOf(value);
      if (stage) roles.stage = stage;
      else problems.error(cell, 'badStage', { text: value });
    } else if (key === 'secretariat' || key === 'appraisers') {
      roles[key].push(...accounts(value, problems, cell).filter((email) => !roles[key].includes(email)));
    }
  }
}

/** The units and the criteria sheets the Units sheet names, with each unit's accounts. */
function readUnitsRoles(units: Sheet, index: SheetIndex, roles: Roles): Set<string> {
  const criteria = new Set<string>();
  const columns = readColumns(units.values, UNIT_HEADERS, UNITS_COLUMNS);
  if (!columns) return criteria;
  const col = columns.column;
  const problems = new SheetProblems(roles.language, units.name, roles.errors);
  for (let r = columns.headerRow + 1; r < units.values.length; r++) {
    const cells = units.values[r] ?? [];
    const text = (column: number | undefined): string =>
      column === undefined ? '' : cellText(cells[column] ?? null);
    const name = text(col.unit);
    if (name === '') continue;
    const criteriaSheet = index.find(text(col.criteria));
    if (criteriaSheet) criteria.add(criteriaSheet.name);
    const emails = col.email === undefined ? [] : accounts(text(col.email), problems, a1(r, col.email));
    const sheet = index.find(text(col.sheet) || name);
    if (sheet) roles.units.push({ name, sheet: sheet.name, emails });
  }
  return criteria;
}

export function readRoles(workbook: Workbook): Roles {
  const index = new SheetIndex(workbook.sheets);
  const roles: Roles = {
    language: languageOf(index),
    stage: 'self-assessment',
    secretariat: [],
    appraisers: [],
    units: [],
    contractSheets: [],
    generatedSheets: [],
    errors: [],
  };
  readSettingsRoles(index.role('settings')?.sheet ?? null, roles);
  const units = index.role('units')?.sheet ?? null;
  const criteria = units ? readUnitsRoles(units, index, roles) : new Set<string>();
  if (!units)
    roles.units = implicitUnits(index).map((unit) => ({
      name: unit.name,
      sheet: unit.sheetName,
      emails: [],
    }));
  for (const role of ['criteria', 'units', 'survey', 'settings', 'history'] as const) {
    const found = index.role(role);
    if (found) criteria.add(found.sheet.name);
  }
  const unitSheets = new Set(roles.units.map((unit) => unit.sheet));
  for (const sheet of workbook.sheets) {
    if (unitSheets.has(sheet.name)) continue;
    if (criteria.has(sheet.name)) roles.contractSheets.push(sheet.name);
    else if (isReportTab(sheet.name) || index.hasRoleName(sheet, ['ranking', 'deductions', 'analysis']))
      roles.generatedSheets.push(sheet.name);
  }
  return roles;
}
