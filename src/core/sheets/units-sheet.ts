/** Reads the Units sheet (Đơn vị), or, without one, takes every sheet with a Code header as a unit. */
import { a1 } from '../basics/a1';
import { cellText, isBlank, readNumber, readYesNo } from '../basics/cells';
import { findHeaderRow, readColumnsOrReport } from './headers';
import { numberProblemKey, SheetProblems } from '../basics/problems';
import type { SheetIndex } from './sheet-index';
import { foldKey } from '../basics/text';
import type { Cell, Language, ParError, Sheet } from '../types';
import { isReportTab, UNIT_HEADERS, UNIT_SHEET_CODE_HEADERS, UNITS_COLUMNS } from './workbook-schema';

export interface UnitDef {
  name: string;
  /** The name as units are compared (unitKey). */
  key: string;
  sheetName: string;
  sheet: Sheet | null;
  group: string | null;
  /** The criteria sheet's name as the Units sheet gives it; null for the default. */
  criteria: string | null;
  /** Where the Units sheet names the criteria, for an error about a missing one. */
  criteriaCell: string | null;
  ranked: boolean;
  previousRank: number | null;
  previousIndex: number | null;
  /** Its names in History: one when it was renamed, several when it was merged from several units. */
  previousNames: string[];
  /** The Units-sheet cell of its previous names, for a warning about them; null when none is given. */
  previousNameCell: string | null;
  /** The Units-sheet cell of its group; null when it has none. */
  groupCell: string | null;
  errors: ParError[];
}

/** Unit names are compared in NFC, ignoring case and spaces, but not diacritics: "Tân An" and "Tấn An" are two communes. */
export function unitKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A unit's name as shown everywhere: in NFC, whatever form the workbook holds it in. */
function unitOf(typed: string, sheet: Sheet | null, sheetName: string): UnitDef {
  const name = typed.normalize('NFC');
  return {
    name,
    key: unitKey(name),
    sheetName,
    sheet,
    group: null,
    criteria: null,
    criteriaCell: null,
    ranked: true,
    previousRank: null,
    previousIndex: null,
    previousNames: [],
    previousNameCell: null,
    groupCell: null,
    errors: [],
  };
}

export function readUnitsSheet(
  unitsSheet: Sheet,
  index: SheetIndex,
  language: Language,
  errors: ParError[],
): UnitDef[] {
  const problems = new SheetProblems(language, unitsSheet.name, errors);
  const columns = readColumnsOrReport(unitsSheet.values, UNIT_HEADERS, UNITS_COLUMNS, problems);
  if (!columns) return [];
  const col = columns.column;
  const header = unitsSheet.values[columns.headerRow] ?? [];
  const units: UnitDef[] = [];
  const firstRow = new Map<string, number>();
  // A block is matched as headers are ("Xã", "xã", "XA") and shown as its first unit writes it.
  const groups = new Map<string, string>();
  const cell = (cells: readonly Cell[], column: number | undefined): Cell =>
    column === undefined ? null : (cells[column] ?? null);
  for (let r = columns.headerRow + 1; r < unitsSheet.values.length; r++) {
    const cells = unitsSheet.values[r] ?? [];
    const name = cellText(cell(cells, col.unit));
    if (name === '') continue;
    const sheetName = cellText(cell(cells, col.sheet)) || name;
    const unit = unitOf(name, index.find(sheetName), sheetName);
    const own = new SheetProblems(language, unitsSheet.name, unit.errors);
    const seen = firstRow.get(unit.key);
    if (seen !== undefined) own.error(a1(r, col.unit as number), 'duplicateUnit', { name, row: seen + 1 });
    else firstRow.set(unit.key, r);
    if (!unit.sheet)
      own.error(a1(r, col.sheet ?? (col.unit as number)), 'missingUnitSheet', { name: sheetName });
    const group = cellText(cell(cells, col.group)).normalize('NFC');
    if (group !== '') {
      const groupKey = foldKey(group);
      unit.group = groups.get(groupKey) ?? group;
      groups.set(groupKey, unit.group);
      unit.groupCell = a1(r, col.group as number);
    }
    const criteria = cellText(cell(cells, col.criteria));
    if (criteria !== '') {
      unit.criteria = criteria;
      unit.criteriaCell = a1(r, col.criteria as number);
    }
    const ranked = cell(cells, col.ranked);
    if (!isBlank(ranked)) {
      const yes = readYesNo(ranked);
      const at = a1(r, col.ranked as number);
      if (yes !== null) unit.ranked = yes;
      else if (readNumber(ranked).ok)
        own.error(at, 'rankedHoldsNumber', {
          column: cellText(header[col.ranked as number] ?? null),
          text: cellText(ranked),
        });
      else own.error(at, 'badRanked', { text: cellText(ranked) });
    }
    const previousRank = cell(cells, col.previousRank);
    if (!isBlank(previousRank)) {
      const number = readNumber(previousRank);
      if (number.ok && Number.isInteger(number.value) && number.value >= 1 && !number.percent)
        unit.previousRank = number.value;
      else own.error(a1(r, col.previousRank as number), 'badPreviousRank', { text: cellText(previousRank) });
    }
    const previousIndex = cell(cells, col.previousIndex);
    if (!isBlank(previousIndex)) {
      const number = readNumber(previousIndex);
      if (number.ok) unit.previousIndex = number.percent ? number.value * 100 : number.value;
      else
        own.error(a1(r, col.previousIndex as number), numberProblemKey(number.problem), {
          text: number.text,
        });
    }
    unit.previousNames = cellText(cell(cells, col.previousName))
      .normalize('NFC')
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '');
    if (unit.previousNames.length > 0) unit.previousNameCell = a1(r, col.previousName as number);
    units.push(unit);
  }
  return units;
}

/** Without a Units sheet: every sheet with a Code header that is not a sheet of the contract. */
export function implicitUnits(index: SheetIndex): UnitDef[] {
  return index.sheets
    .filter(
      (sheet) =>
        !index.hasRoleName(sheet, [
          'criteria',
          'units',
          'survey',
          'settings',
          'history',
          'ranking',
          'deductions',
          'analysis',
        ]) && !isReportTab(sheet.name),
    )
    .filter((sheet) => findHeaderRow(sheet.values, UNIT_SHEET_CODE_HEADERS) >= 0)
    .map((sheet) => unitOf(sheet.name, sheet, sheet.name));
}
