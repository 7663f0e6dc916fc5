/** Puts the generated tabs into an exceljs workbook: values unrounded, shown with readable number formats. */
import type ExcelJS from 'exceljs';
import { buildDeductionsTab } from '../core/outputs/deductions-tab';
import { buildRankingTab } from '../core/outputs/ranking-tab';
import { contentWidth, NUMBER_FORMATS, tabValues, type Tab } from '../core/outputs/tab';
import { foldKey } from '../core/text';
import type { WorkbookResult } from '../core/types';
import { SHEET_NAMES } from '../core/workbook-schema';
import { fillWorksheet } from './xlsx';

function writeTab(book: ExcelJS.Workbook, tab: Tab): void {
  const worksheet = book.addWorksheet(tab.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  fillWorksheet(worksheet, tabValues(tab));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  tab.columns.forEach((column, c) => {
    const sheetColumn = worksheet.getColumn(c + 1);
    const format = NUMBER_FORMATS[column.format];
    if (format) sheetColumn.numFmt = format;
    if (column.wrap) sheetColumn.alignment = { wrapText: true, vertical: 'top' };
    sheetColumn.width = contentWidth(tab, c) + 2;
  });
  header.numFmt = '@';
}

/** Replaces the generated tabs (by any of their contract names) and leaves every other sheet as it was. */
export function writeGeneratedTabs(book: ExcelJS.Workbook, result: WorkbookResult): void {
  const generated = new Set([...SHEET_NAMES.ranking, ...SHEET_NAMES.deductions].map(foldKey));
  for (const worksheet of [...book.worksheets]) {
    if (generated.has(foldKey(worksheet.name))) book.removeWorksheet(worksheet.id);
  }
  writeTab(book, buildRankingTab(result));
  writeTab(book, buildDeductionsTab(result));
}
