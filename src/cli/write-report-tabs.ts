/** Puts unit report tabs into an exceljs workbook, each painted from its layout. */
import type ExcelJS from 'exceljs';
import { reportLayout } from '../core/outputs/report-layout';
import type { ReportTab } from '../core/outputs/report-tab';
import { foldKey } from '../core/text';
import { paintWorksheet } from './write-tabs';

/** Adds the report tabs, replacing a sheet of the same name (case and accents aside); leaves every other sheet. */
export function writeReportTabs(book: ExcelJS.Workbook, tabs: readonly ReportTab[]): void {
  const names = new Set(tabs.map((tab) => foldKey(tab.name)));
  for (const worksheet of [...book.worksheets])
    if (names.has(foldKey(worksheet.name))) book.removeWorksheet(worksheet.id);
  for (const tab of tabs) paintWorksheet(book, reportLayout(tab));
}
