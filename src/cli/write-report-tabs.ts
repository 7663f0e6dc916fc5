/** Puts unit report tabs into an exceljs workbook, each painted from its layout. */
import type ExcelJS from 'exceljs';
import { replacedByReports, reportLayout, type ReportTab } from '../core';
import { paintWorksheet } from './write-tabs';

/** Adds the report tabs, replacing a sheet of the same name (case and accents aside); leaves every other sheet. */
export function writeReportTabs(book: ExcelJS.Workbook, tabs: readonly ReportTab[]): void {
  const layouts = tabs.map(reportLayout);
  for (const worksheet of [...book.worksheets])
    if (replacedByReports(layouts, worksheet.name)) book.removeWorksheet(worksheet.id);
  for (const layout of layouts) paintWorksheet(book, layout);
}
