/**
 * The contract's table of who may edit what, turned into protections: every sheet of the contract, every unit
 * sheet and every generated tab is protected for the secretariat, with the ranges the stage opens to a unit or to
 * the appraisers. A person's own sheets and the sheets that are not grids get no plan (they are left alone).
 */
import { readColumns } from '../sheets/headers';
import type { Cell } from '../types';
import { UNIT_SHEET_CODE_HEADERS, UNIT_SHEET_COLUMNS, type UnitSheetColumn } from '../sheets/workbook-schema';
import type { Roles, RoleUnit, Stage } from './read-roles';

/** A sheet as the add-in sees it: its values, the rows of its grid, and whether it is a grid at all. */
export interface GridSheet {
  name: string;
  values: Cell[][];
  maxRows: number;
  grid: boolean;
}

/** A block of cells (1-based) that the listed accounts may edit besides the secretariat. */
interface OpenRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
  editors: string[];
}

export interface SheetPlan {
  sheet: string;
  kind: 'contract' | 'unit' | 'generated';
  /** The unit whose sheet it is. */
  unit: string | null;
  open: OpenRange[];
}

type Who = 'unit' | 'appraisers';

/** Who, beside the secretariat, edits each column of a unit sheet at each stage (the contract's table). */
export const STAGE_TABLE: Record<Stage, Partial<Record<UnitSheetColumn, Who>>> = {
  'self-assessment': { value: 'unit', of: 'unit', self: 'unit', evidence: 'unit', explanation: 'unit' },
  appraisal: { appraised: 'appraisers', note: 'appraisers' },
  explanation: { explanation: 'unit', reappraised: 'appraisers' },
  published: {},
};

function editorsOf(who: Who, unit: RoleUnit, roles: Roles): string[] {
  if (who === 'unit') return unit.emails;
  // An appraiser never appraises a unit whose Email lists them.
  return roles.appraisers.filter((email) => !unit.emails.includes(email));
}

/** The open ranges of one unit sheet: adjacent columns with the same editors make one range. */
function unitRanges(sheet: GridSheet, unit: RoleUnit, roles: Roles): OpenRange[] {
  const columns = readColumns(sheet.values, UNIT_SHEET_CODE_HEADERS, UNIT_SHEET_COLUMNS);
  if (!columns) return [];
  const row = columns.headerRow + 2;
  const rows = sheet.maxRows - row + 1;
  if (rows < 1) return [];
  const byColumn: { column: number; editors: string[] }[] = [];
  for (const [key, who] of Object.entries(STAGE_TABLE[roles.stage]) as [UnitSheetColumn, Who][]) {
    const at = columns.column[key];
    const editors = editorsOf(who, unit, roles);
    if (at !== undefined && editors.length > 0) byColumn.push({ column: at + 1, editors });
  }
  byColumn.sort((a, b) => a.column - b.column);
  const ranges: OpenRange[] = [];
  for (const { column, editors } of byColumn) {
    const last = ranges[ranges.length - 1];
    if (last && last.column + last.columns === column && last.editors.join() === editors.join())
      last.columns++;
    else ranges.push({ row, column, rows, columns: 1, editors });
  }
  return ranges;
}

export function planRoles(roles: Roles, sheets: readonly GridSheet[]): SheetPlan[] {
  const units = new Map(roles.units.map((unit) => [unit.sheet, unit]));
  const contract = new Set(roles.contractSheets);
  const generated = new Set(roles.generatedSheets);
  const plans: SheetPlan[] = [];
  for (const sheet of sheets) {
    if (!sheet.grid) continue;
    const unit = units.get(sheet.name);
    if (unit)
      plans.push({ sheet: sheet.name, kind: 'unit', unit: unit.name, open: unitRanges(sheet, unit, roles) });
    else if (contract.has(sheet.name))
      plans.push({ sheet: sheet.name, kind: 'contract', unit: null, open: [] });
    else if (generated.has(sheet.name))
      plans.push({ sheet: sheet.name, kind: 'generated', unit: null, open: [] });
  }
  return plans;
}
