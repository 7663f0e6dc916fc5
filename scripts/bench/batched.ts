/**
 * The fair comparison for spreadsheet calls: the simplest batched Apps Script a user would write after reading
 * Google's best practices. One getDataRange().getValues() per sheet, one setValues per generated tab, no
 * formatting, no links, no lock. It scores with the same core, so the only difference from the add-in is the
 * spreadsheet traffic (and what the add-in adds on top: formats, links to unit sheets, safety checks).
 */
import { buildDeductionsTab } from '../../src/core/outputs/deductions-tab';
import { buildRankingTab } from '../../src/core/outputs/ranking-tab';
import { tabValues } from '../../src/core/outputs/tab';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, Sheet } from '../../src/core/types';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

const GENERATED = new Set(['Xếp hạng', 'Trừ điểm', 'Ranking', 'Deductions']);

export function batchedRecompute(app: App): void {
  const spreadsheet = app.getActive();
  const sheets: Sheet[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (GENERATED.has(name)) continue;
    sheets.push({ name, values: sheet.getDataRange().getValues() as Cell[][] });
  }

  const result = scoreWorkbook({ sheets });
  for (const tab of [buildRankingTab(result), buildDeductionsTab(result)]) {
    const sheet = spreadsheet.getSheetByName(tab.name) ?? spreadsheet.insertSheet(tab.name);
    sheet.clearContents();
    const width = tab.columns.length;
    const values = tabValues(tab).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
    if (values.length > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
    sheet.getRange(1, 1, values.length, width).setValues(values);
  }
}
