/**
 * The anti-pattern, kept to show what batching saves: a recompute written the way a first Apps Script usually
 * is, one getValue per cell read and one setValue per cell written, which Google's best practices warn against
 * (the fair baseline is scripts/bench/batched.ts). It scores with the same core, so the only
 * difference from the add-in is the spreadsheet traffic. It skips formatting, which only flatters it.
 */
import { buildDeductionsTab } from '../../src/core/outputs/deductions-tab';
import { buildRankingTab } from '../../src/core/outputs/ranking-tab';
import { tabValues } from '../../src/core/outputs/tab';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, Sheet } from '../../src/core/types';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

const GENERATED = new Set(['Xếp hạng', 'Trừ điểm', 'Ranking', 'Deductions']);

export function naiveRecompute(app: App): void {
  const spreadsheet = app.getActive();
  const sheets: Sheet[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (GENERATED.has(name)) continue;
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    const values: Cell[][] = [];
    for (let r = 1; r <= lastRow; r++) {
      const line: Cell[] = [];
      for (let c = 1; c <= lastColumn; c++) line.push(sheet.getRange(r, c).getValue() as Cell);
      values.push(line);
    }
    sheets.push({ name, values });
  }

  const result = scoreWorkbook({ sheets });
  for (const tab of [buildRankingTab(result), buildDeductionsTab(result)]) {
    const old = spreadsheet.getSheetByName(tab.name);
    if (old) spreadsheet.deleteSheet(old);
    const sheet = spreadsheet.insertSheet(tab.name);
    const values = tabValues(tab);
    if (values.length > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
    values.forEach((row, r) => {
      for (let c = 0; c < tab.columns.length; c++) sheet.getRange(r + 1, c + 1).setValue(row[c] ?? '');
    });
  }
}
