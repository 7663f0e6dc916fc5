/** Puts the generated tabs into an exceljs workbook: values unrounded, shown with readable number formats, print-ready. */
import type ExcelJS from 'exceljs';
import { buildAnalysisTab } from '../core/outputs/analysis-tab';
import { buildDeductionsTab } from '../core/outputs/deductions-tab';
import { buildRankingTab } from '../core/outputs/ranking-tab';
import {
  columnIndex,
  contentWidth,
  FIRST_DATA_ROW,
  HEADER_ROW,
  NUMBER_FORMATS,
  rankOutOfFormat,
  tabValues,
  TITLE_ROW,
  type Tab,
} from '../core/outputs/tab';
import { foldKey } from '../core/text';
import type { WorkbookResult } from '../core/types';
import { SHEET_NAMES } from '../core/workbook-schema';
import { fillWorksheet } from './xlsx';

function writeTab(book: ExcelJS.Workbook, tab: Tab): ExcelJS.Worksheet {
  const worksheet = book.addWorksheet(tab.name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    // Landscape, one page wide, the title and header rows on every printed page.
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${TITLE_ROW}:${HEADER_ROW}`,
    },
  });
  fillWorksheet(worksheet, tabValues(tab));
  worksheet.getRow(TITLE_ROW).font = { bold: true, size: 13 };
  const header = worksheet.getRow(HEADER_ROW);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  tab.columns.forEach((column, c) => {
    const sheetColumn = worksheet.getColumn(c + 1);
    const format = NUMBER_FORMATS[column.format];
    if (format) sheetColumn.numFmt = format;
    if (column.wrap) sheetColumn.alignment = { wrapText: true, vertical: 'top' };
    sheetColumn.width = contentWidth(tab, c) + 2;
  });
  worksheet.getRow(TITLE_ROW).numFmt = '@';
  header.numFmt = '@';
  return worksheet;
}

/** Replaces the generated tabs (by any of their contract names) and leaves every other sheet as it was. */
export function writeGeneratedTabs(book: ExcelJS.Workbook, result: WorkbookResult): void {
  const generated = new Set(
    [...SHEET_NAMES.ranking, ...SHEET_NAMES.deductions, ...SHEET_NAMES.analysis].map(foldKey),
  );
  for (const worksheet of [...book.worksheets]) {
    if (generated.has(foldKey(worksheet.name))) book.removeWorksheet(worksheet.id);
  }
  const ranking = buildRankingTab(result);
  const rankingSheet = writeTab(book, ranking);
  const rankColumn = rankingSheet.getColumn(columnIndex(ranking, 'rank') + 1);
  for (const section of ranking.sections) {
    for (let r = 0; r < section.ranked; r++)
      rankColumn.worksheet.getCell(FIRST_DATA_ROW + section.start + r, rankColumn.number).numFmt =
        rankOutOfFormat(section.ranked);
  }
  const deductions = buildDeductionsTab(result);
  const deductionsSheet = writeTab(book, deductions);
  for (const r of deductions.totals) deductionsSheet.getRow(FIRST_DATA_ROW + r).font = { bold: true };
  writeTab(book, buildAnalysisTab(result));
}
