/** Reads the optional Survey sheet (Điều tra): points per unit and survey code, and SIPAS. */
import { a1 } from '../basics/a1';
import { cellText } from '../basics/cells';
import { readCode } from '../basics/codes';
import { findHeaderRowOrReport, mapColumns } from './headers';
import { SheetProblems } from '../basics/problems';
import { unitKey } from './units-sheet';
import type { Cell, Language, ParError, Sheet } from '../types';
import { SIPAS_HEADERS, UNIT_HEADERS } from './workbook-schema';

export interface SurveyRow {
  row: number;
  cells: readonly Cell[];
}

export interface Survey {
  sheet: string;
  /** Survey code → 0-based column. */
  codeColumns: Map<string, number>;
  sipasColumn: number | null;
  rows: Map<string, SurveyRow>;
  unitColumn: number;
}

export function readSurveySheet(sheet: Sheet, language: Language, errors: ParError[]): Survey | null {
  const problems = new SheetProblems(language, sheet.name, errors);
  const headerRow = findHeaderRowOrReport(sheet.values, UNIT_HEADERS, problems);
  if (headerRow < 0) return null;
  const header = sheet.values[headerRow] ?? [];
  const mapped = mapColumns(header, [
    { key: 'unit', headers: UNIT_HEADERS },
    { key: 'sipas', headers: SIPAS_HEADERS },
  ]);
  const unitColumn = mapped.unit as number;
  const codeColumns = new Map<string, number>();
  header.forEach((cell, column) => {
    if (column === unitColumn || column === mapped.sipas) return;
    const code = readCode(cell);
    if (typeof code === 'string' && !codeColumns.has(code)) codeColumns.set(code, column);
  });
  const rows = new Map<string, SurveyRow>();
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    const name = cellText(cells[unitColumn] ?? null);
    if (name === '') continue;
    const key = unitKey(name);
    const seen = rows.get(key);
    if (seen) problems.error(a1(r, unitColumn), 'surveyDuplicateUnit', { name, row: seen.row + 1 });
    else rows.set(key, { row: r, cells });
  }
  return { sheet: sheet.name, codeColumns, sipasColumn: mapped.sipas ?? null, rows, unitColumn };
}
