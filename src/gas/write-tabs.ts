/** Writes generated tabs: each is built in full on a new sheet, then swapped for the old one, so a failure leaves the old tabs as they were. */
import { tabValues, type Tab } from '../core/outputs/tab';
import { toSheetValues } from './workbook-io';

export interface TabWrite {
  tab: Tab;
  format: (sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number) => void;
}

const TEMP_SUFFIX = ' ~';

function fit(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function buildTemp(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  write: TabWrite,
): GoogleAppsScript.Spreadsheet.Sheet {
  const name = write.tab.name + TEMP_SUFFIX;
  const leftover = spreadsheet.getSheetByName(name);
  if (leftover) spreadsheet.deleteSheet(leftover);
  const old = spreadsheet.getSheetByName(write.tab.name);
  const sheet = old ? spreadsheet.insertSheet(name, old.getIndex() - 1) : spreadsheet.insertSheet(name);
  const columns = write.tab.columns.length;
  const values = toSheetValues(tabValues(write.tab), columns);
  fit(sheet, values.length, columns);
  sheet.getRange(1, 1, values.length, columns).setValues(values);
  write.format(sheet, write.tab.rows.length, columns);
  return sheet;
}

export function writeTabs(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  writes: readonly TabWrite[],
): void {
  const built: GoogleAppsScript.Spreadsheet.Sheet[] = [];
  try {
    for (const write of writes) built.push(buildTemp(spreadsheet, write));
  } catch (error) {
    for (const write of writes) {
      const temp = spreadsheet.getSheetByName(write.tab.name + TEMP_SUFFIX);
      if (temp) spreadsheet.deleteSheet(temp);
    }
    throw error;
  }
  writes.forEach((write, i) => {
    const old = spreadsheet.getSheetByName(write.tab.name);
    if (old) spreadsheet.deleteSheet(old);
    (built[i] as GoogleAppsScript.Spreadsheet.Sheet).setName(write.tab.name);
  });
}
