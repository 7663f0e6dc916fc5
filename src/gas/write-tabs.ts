/**
 * Writes generated tabs in place from their layouts: a tab that exists keeps its sheet (and so its id, which
 * `#gid=` links and bookmarks point at, and its charts' ids); it is cleared and unmerged, sized to what it holds,
 * given its values, then painted. Everything is computed before the first write, so a failure part-way leaves at
 * worst a tab that the next run rewrites whole.
 */
import type { SheetLayout } from '../core';
import { paintLayout } from './format-tabs';
import { toSheetValues } from './workbook-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The size of a sheet insertSheet makes: 1,000 rows of 26 columns. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

/** The suffix of the temporary sheets earlier versions built beside a tab; removed when one was left behind. */
const LEFTOVER_SUFFIX = ' ~';

/**
 * Exactly `rows` × `columns`: a spreadsheet holds at most 10 million cells, and a new sheet takes 1000 × 26 of them
 * whatever it holds.
 */
function resize(sheet: Sheet, maxRows: number, maxColumns: number, rows: number, columns: number): void {
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (rows < maxRows) sheet.deleteRows(rows + 1, maxRows - rows);
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  else if (columns < maxColumns) sheet.deleteColumns(columns + 1, maxColumns - columns);
}

/** Trims or grows a sheet to `rows` × `columns`, and a row below its frozen ones (Sheets keeps one unfrozen). */
export function fitSheet(sheet: Sheet, rows: number, columns: number): void {
  const least = sheet.getFrozenRows() + 1;
  resize(sheet, sheet.getMaxRows(), sheet.getMaxColumns(), Math.max(rows, least), columns);
}

/**
 * Writes one layout over its sheet, or into a new sheet at the end (insertSheet activates it), then `protect`s it.
 * `sheetIds` resolves the layout's links.
 */
export function writeLayout(
  spreadsheet: Spreadsheet,
  layout: SheetLayout,
  protect: (sheet: Sheet) => void,
  sheetIds: ReadonlyMap<string, number> = new Map(),
): Sheet {
  const existing = spreadsheet.getSheetByName(layout.name);
  const sheet = existing ?? spreadsheet.insertSheet(layout.name, spreadsheet.getNumSheets());
  const maxRows = existing ? existing.getMaxRows() : NEW_SHEET_ROWS;
  const maxColumns = existing ? existing.getMaxColumns() : NEW_SHEET_COLUMNS;
  if (existing) {
    existing.clear();
    // After clear() the data range is A1: only the whole sheet's range takes every old merge apart.
    existing.getRange(1, 1, maxRows, maxColumns).breakApart();
  }
  resize(sheet, maxRows, maxColumns, layout.rows, layout.columns);
  const all = sheet.getRange(1, 1, layout.values.length, layout.width);
  all.setValues(toSheetValues(layout.values, layout.width));
  paintLayout(sheet, all, layout, sheetIds, existing === null);
  protect(sheet);
  return sheet;
}

export function writeTabs(
  spreadsheet: Spreadsheet,
  layouts: readonly SheetLayout[],
  protect: (sheet: Sheet) => void,
  /** Every sheet of the spreadsheet by name, as read before the run. */
  sheetIds: ReadonlyMap<string, number>,
): void {
  for (const layout of layouts) {
    const leftover = sheetIds.has(layout.name + LEFTOVER_SUFFIX)
      ? spreadsheet.getSheetByName(layout.name + LEFTOVER_SUFFIX)
      : null;
    if (leftover) spreadsheet.deleteSheet(leftover);
    writeLayout(spreadsheet, layout, protect, sheetIds);
  }
}
