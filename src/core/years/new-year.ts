/**
 * "Start a new year" (Bắt đầu năm mới, `par-index new-year`) as a pure plan: this year saved to History as
 * archiveYear does (same refusals), Settings Year + 1 and Stage back to self-assessment, this year's entries
 * emptied, generated tabs removed. The add-in and the command line only carry it out (and remove the marks).
 */
import { archiveYear, type ArchiveOutcome } from './archive';
import { isBlank } from '../basics/cells';
import { readCode } from '../basics/codes';
import { findHeaderRow, mapColumns, readColumns } from '../sheets/headers';
import { message } from '../messages';
import { SETTING_NAMES, settingKey } from '../sheets/settings-sheet';
import { SheetIndex } from '../sheets/sheet-index';
import type { Cell, Language, Sheet, Workbook, WorkbookResult } from '../types';
import {
  isReportTab,
  SIPAS_HEADERS,
  UNIT_HEADERS,
  UNIT_SHEET_CODE_HEADERS,
  UNIT_SHEET_COLUMNS,
  UNITS_COLUMNS,
  type UnitSheetColumn,
  type UnitsColumn,
} from '../sheets/workbook-schema';

/** A block of cells to empty, 0-based. */
interface CellBlock {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** One sheet's changes: blocks emptied (value and formula), then single cells given a value. */
interface SheetEdits {
  sheet: string;
  empty: CellBlock[];
  set: { row: number; column: number; value: Cell }[];
}

export type NewYearPlan =
  | {
      ok: true;
      /** This year saved to History: the History sheet's new values. */
      archive: Extract<ArchiveOutcome, { ok: true }>;
      nextYear: number;
      edits: SheetEdits[];
      /** The generated tabs, removed. */
      remove: string[];
      /** How many unit sheets had their entries emptied. */
      unitSheets: number;
      /** The confirmation to show, in the workbook's language. */
      message: string;
    }
  | { ok: false; message: string };

/** The unit-sheet columns of this year's entries; the others (Code, Criterion, Max, a person's own) are kept. */
const ENTRY_COLUMNS: readonly UnitSheetColumn[] = [
  'value',
  'of',
  'self',
  'evidence',
  'appraised',
  'note',
  'explanation',
  'reappraised',
];

const PREVIOUS_COLUMNS: readonly UnitsColumn[] = ['previousRank', 'previousIndex', 'previousName'];

/** The Stage value of the first stage, as the workbook's language writes it. */
const SELF_ASSESSMENT_STAGE: Record<Language, string> = { vi: 'kê khai', en: 'self-assessment' };

/** The data rows below `headerRow`, in blocks of adjacent columns. */
function columnBlocks(sheet: Sheet, headerRow: number, columns: readonly number[]): CellBlock[] {
  const rows = sheet.values.length - headerRow - 1;
  if (rows <= 0) return [];
  const blocks: CellBlock[] = [];
  for (const column of [...new Set(columns)].sort((a, b) => a - b)) {
    const last = blocks[blocks.length - 1];
    if (last && last.column + last.columns === column) last.columns++;
    else blocks.push({ row: headerRow + 1, column, rows, columns: 1 });
  }
  return blocks;
}

function unitSheetBlocks(sheet: Sheet): CellBlock[] {
  const found = readColumns(sheet.values, UNIT_SHEET_CODE_HEADERS, UNIT_SHEET_COLUMNS);
  if (!found) return [];
  const columns = ENTRY_COLUMNS.flatMap((key) => found.column[key] ?? []);
  return columnBlocks(sheet, found.headerRow, columns);
}

function unitsSheetBlocks(sheet: Sheet): CellBlock[] {
  const found = readColumns(sheet.values, UNIT_HEADERS, UNITS_COLUMNS);
  if (!found) return [];
  return columnBlocks(
    sheet,
    found.headerRow,
    PREVIOUS_COLUMNS.flatMap((key) => found.column[key] ?? []),
  );
}

/** The Survey sheet's points and rates (a column headed by a code) and SIPAS; the unit names stay. */
function surveyBlocks(sheet: Sheet): CellBlock[] {
  const headerRow = findHeaderRow(sheet.values, UNIT_HEADERS);
  if (headerRow < 0) return [];
  const header = sheet.values[headerRow] ?? [];
  const mapped = mapColumns(header, [
    { key: 'unit', headers: UNIT_HEADERS },
    { key: 'sipas', headers: SIPAS_HEADERS },
  ]);
  const columns = header.flatMap((cell, column) =>
    column !== mapped.unit && (column === mapped.sipas || typeof readCode(cell) === 'string') ? [column] : [],
  );
  return columnBlocks(sheet, headerRow, columns);
}

/** Year + 1 on every Year row, Stage back to self-assessment, a Stage row added below the last row where none. */
function settingsCells(sheet: Sheet, year: number, language: Language): SheetEdits['set'] {
  const set: SheetEdits['set'] = [];
  let stage = false;
  let keyColumn = 0;
  let lastRow = -1;
  sheet.values.forEach((cells, row) => {
    const first = cells.findIndex((cell) => !isBlank(cell));
    if (first < 0) return;
    lastRow = row;
    const key = settingKey(cells[first] ?? null);
    if (key === 'year') {
      keyColumn = first;
      set.push({ row, column: first + 1, value: year + 1 });
    } else if (key === 'stage') {
      stage = true;
      set.push({ row, column: first + 1, value: SELF_ASSESSMENT_STAGE[language] });
    }
  });
  if (!stage) {
    const name = SETTING_NAMES.stage[language === 'vi' ? 0 : 1];
    set.push({ row: lastRow + 1, column: keyColumn, value: name });
    set.push({ row: lastRow + 1, column: keyColumn + 1, value: SELF_ASSESSMENT_STAGE[language] });
  }
  return set;
}

/** Next year's workbook from this one and its result; refused, changing nothing, where Save to History is. */
export function planNewYear(workbook: Workbook, result: WorkbookResult): NewYearPlan {
  const index = new SheetIndex(workbook.sheets);
  const archive = archiveYear(result, index.role('history')?.sheet ?? null);
  if (!archive.ok) return archive;
  const { language } = result;
  const edits: SheetEdits[] = [];
  const add = (sheet: Sheet, empty: CellBlock[], set: SheetEdits['set'] = []): void => {
    if (empty.length > 0 || set.length > 0) edits.push({ sheet: sheet.name, empty, set });
  };

  const settings = index.role('settings')?.sheet as Sheet;
  add(settings, [], settingsCells(settings, archive.year, language));
  const units = index.role('units')?.sheet;
  if (units) add(units, unitsSheetBlocks(units));
  const survey = index.role('survey')?.sheet;
  if (survey) add(survey, surveyBlocks(survey));
  const unitSheets = new Set<Sheet>();
  for (const unit of result.units) {
    const sheet = index.find(unit.sheet);
    if (sheet && !unitSheets.has(sheet)) {
      unitSheets.add(sheet);
      add(sheet, unitSheetBlocks(sheet));
    }
  }

  const remove = workbook.sheets
    .filter(
      (sheet) => index.hasRoleName(sheet, ['ranking', 'deductions', 'analysis']) || isReportTab(sheet.name),
    )
    .map((sheet) => sheet.name);
  const nextYear = archive.year + 1;
  const done = message(language, 'newYearDone', {
    year: nextYear,
    units: unitSheets.size,
    removed: remove.length,
  });
  return {
    ok: true,
    archive,
    nextYear,
    edits,
    remove,
    unitSheets: unitSheets.size,
    message: `${archive.message} ${done}`,
  };
}
