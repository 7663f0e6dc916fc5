/** Puts unit report tabs into an exceljs workbook: each table formatted by its columns' keys, print-ready. */
import type ExcelJS from 'exceljs';
import { reportColumnWidth, reportValues, SUMMARY_ROW, type ReportTab } from '../core/outputs/report-tab';
import { NUMBER_FORMATS } from '../core/outputs/tab';
import { foldKey } from '../core/text';
import { fillWorksheet } from './xlsx';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EAED' } };

/** Rows of about this many characters a line fit the summary's merged cell; Excel does not size merged rows. */
function summaryHeight(tab: ReportTab, width: number): number {
  const lines = Math.ceil(tab.summary.length / Math.max(20, width * 0.9));
  return Math.max(1, lines) * 15 + 4;
}

function writeReportTab(book: ExcelJS.Workbook, tab: ReportTab): void {
  const worksheet = book.addWorksheet(tab.name, {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  fillWorksheet(worksheet, reportValues(tab));
  let totalWidth = 0;
  for (let c = 0; c < tab.width; c++) {
    const width = reportColumnWidth(tab, c) + 2;
    worksheet.getColumn(c + 1).width = width;
    totalWidth += width;
  }
  worksheet.getRow(1).font = { bold: true, size: 13 };
  const summaryRow = SUMMARY_ROW + 1;
  worksheet.mergeCells(summaryRow, 1, summaryRow, tab.width);
  worksheet.getCell(summaryRow, 1).alignment = { wrapText: true, vertical: 'top' };
  worksheet.getRow(summaryRow).height = summaryHeight(tab, totalWidth);
  for (const line of tab.lines)
    if (line.heading) worksheet.getRow(line.at + 1).font = { bold: true, size: 12 };
  for (const table of tab.tables) {
    const header = table.at + 1;
    table.columns.forEach((column, c) => {
      const cell = worksheet.getCell(header, c + 1);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.numFmt = '@';
      const format = NUMBER_FORMATS[column.format];
      table.rows.forEach((_, r) => {
        const data = worksheet.getCell(header + 1 + r, c + 1);
        if (format) data.numFmt = format;
        if (column.wrap) data.alignment = { wrapText: true, vertical: 'top' };
      });
    });
    for (const r of table.groupRows) worksheet.getRow(header + 1 + r).font = { bold: true };
  }
}

/** Adds the report tabs, replacing a sheet of the same name (case and accents aside); leaves every other sheet. */
export function writeReportTabs(book: ExcelJS.Workbook, tabs: readonly ReportTab[]): void {
  const names = new Set(tabs.map((tab) => foldKey(tab.name)));
  for (const worksheet of [...book.worksheets])
    if (names.has(foldKey(worksheet.name))) book.removeWorksheet(worksheet.id);
  for (const tab of tabs) writeReportTab(book, tab);
}
