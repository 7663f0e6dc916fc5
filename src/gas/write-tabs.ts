/**
 * Writes the generated tabs in place: a tab that exists keeps its sheet (and so its id, which `#gid=` links and
 * bookmarks point at); it is cleared, given its values, then its formats. Everything is computed before the first
 * write, so a failure part-way leaves at worst a tab that the next recompute rewrites whole.
 */
import { tabValues, type Tab } from '../core/outputs/tab';
import { toSheetValues } from './workbook-io';

export interface TabWrite {
  tab: Tab;
  format: (sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number) => void;
  /** The least size the sheet needs, beyond the tab's values (charts are anchored in cells of the sheet). */
  minimum?: { rows: number; columns: number };
}

/** The suffix of the temporary sheets earlier versions built beside a tab; removed when one was left behind. */
const LEFTOVER_SUFFIX = ' ~';

function fit(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Empties a generated tab: contents, formats and charts (its protection is kept and reused). */
function empty(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
}

function writeTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, write: TabWrite): void {
  const leftover = spreadsheet.getSheetByName(write.tab.name + LEFTOVER_SUFFIX);
  if (leftover) spreadsheet.deleteSheet(leftover);
  const columns = write.tab.columns.length;
  const values = toSheetValues(tabValues(write.tab), columns);
  const existing = spreadsheet.getSheetByName(write.tab.name);
  const sheet = existing ?? spreadsheet.insertSheet(write.tab.name);
  if (existing) empty(existing);
  fit(
    sheet,
    Math.max(values.length, write.minimum?.rows ?? 0),
    Math.max(columns, write.minimum?.columns ?? 0),
  );
  sheet.getRange(1, 1, values.length, columns).setValues(values);
  write.format(sheet, write.tab.rows.length, columns);
}

export function writeTabs(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  writes: readonly TabWrite[],
): void {
  for (const write of writes) writeTab(spreadsheet, write);
}
