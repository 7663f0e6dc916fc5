/**
 * Writes one unit report tab in place from its layout, in a fixed handful of calls whatever its length: a tab that
 * exists keeps its sheet (and id).
 */
import { reportLayout, type ReportTab } from '../core';
import { writeLayout } from './write-tabs';

export function writeReportSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: ReportTab,
  protect: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void,
): void {
  writeLayout(spreadsheet, reportLayout(tab), protect);
}
