/**
 * "Save to History" (Lưu vào Lịch sử): the core's archiveYear decides the History sheet's new values; this writes
 * them in one setValues under the document lock, and clears what is left below or to the right of them.
 */
import { archiveYear, type Cell, scoreWorkbook } from '../core';
import type { ArchiveDto } from '../shared/api';
import { protectCreated } from './apply-roles';
import { requireConsent } from './consent';
import { menuLanguage } from './language';
import { assertWritable } from './guard';
import { withDocumentLock } from './lock';
import { UI_TEXT } from './ui-text';
import { readWorkbook, roleSheet, toSheetValues } from './workbook-io';

export function writeHistory(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  existing: GoogleAppsScript.Spreadsheet.Sheet | null,
  name: string,
  values: Cell[][],
): void {
  const rows = values.length;
  const width = Math.max(1, ...values.map((row) => row.length));
  let sheet = existing;
  if (!sheet) {
    const active = spreadsheet.getActiveSheet();
    sheet = spreadsheet.insertSheet(name);
    sheet.getRange(1, 1, 1, width).setFontWeight('bold');
    sheet.setFrozenRows(1);
    // insertSheet activates the new sheet: give back the one the user was on.
    spreadsheet.setActiveSheet(active);
    protectCreated(spreadsheet, [name]);
  }
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  sheet.getRange(1, 1, rows, width).setValues(toSheetValues(values, width));
  if (lastRow > rows) sheet.getRange(rows + 1, 1, lastRow - rows, Math.max(lastColumn, width)).clearContent();
  if (lastColumn > width) sheet.getRange(1, width + 1, rows, lastColumn - width).clearContent();
}

export function saveToHistory(): ArchiveDto {
  requireConsent();
  const spreadsheet = SpreadsheetApp.getActive();
  return withDocumentLock(UI_TEXT[menuLanguage(true)].busy, () => {
    const { workbook } = readWorkbook(spreadsheet);
    const result = scoreWorkbook(workbook);
    const existing = roleSheet(spreadsheet, 'history');
    const current = existing ? (workbook.sheets.find((s) => s.name === existing.getName()) ?? null) : null;
    const outcome = archiveYear(result, current);
    const names = workbook.sheets.map((sheet) => sheet.name);
    assertWritable(spreadsheet, names, current ? [current.name] : [], result.language);
    const title = UI_TEXT[result.language].sidebarTitle;
    spreadsheet.toast(outcome.message, title);
    if (!outcome.ok)
      return { ok: false, sheet: null, year: null, added: 0, replaced: 0, message: outcome.message };
    writeHistory(spreadsheet, existing, outcome.sheet, outcome.values);
    return {
      ok: true,
      sheet: outcome.sheet,
      year: outcome.year,
      added: outcome.added,
      replaced: outcome.replaced,
      message: outcome.message,
    };
  });
}
