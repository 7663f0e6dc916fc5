/**
 * "Build reports" (Lập báo cáo): the report tabs of the units asked for, written in place under the document lock,
 * as many as fit in the time budget of this execution; the units left are returned and the sidebar calls again.
 */
import {
  buildReportTab,
  findUnit,
  isReportTab,
  message,
  readRoles,
  reportTabNames,
  scoreWorkbook,
  type UnitResult,
  type Workbook,
} from '../core';
import type { ReportsDto } from '../shared/api';
import { keepingActiveSheet } from './active-sheet';
import { requireConsent } from './consent';
import { REPORT_LIMIT_MS, startClock, startDeadline, TimeUp } from './deadline';
import { menuLanguage } from './language';
import { assertWritable } from './guard';
import { withDocumentLock } from './lock';
import { protectTab } from './protections';
import { writeReportSheet } from './report-sheet';
import { UI_TEXT } from './ui-text';
import { readWorkbook } from './workbook-io';

export function buildReports(units: string[] | 'all'): ReportsDto {
  // Apps Script's 6 minutes run from the start of the execution: the clocks start before anything else.
  const elapsed = startClock();
  const checkTime = startDeadline();
  requireConsent();
  const spreadsheet = SpreadsheetApp.getActive();
  const early = UI_TEXT[menuLanguage(true)];
  return withDocumentLock(early.busy, () => {
    let workbook: Workbook;
    try {
      workbook = readWorkbook(spreadsheet, checkTime).workbook;
      checkTime();
    } catch (error) {
      throw error instanceof TimeUp ? new Error(early.timeUp) : error;
    }
    const result = scoreWorkbook(workbook);
    const ui = UI_TEXT[result.language];
    let chosen: UnitResult[] = result.units;
    if (units !== 'all') {
      chosen = units.map((name) => {
        const choice = findUnit(result, name);
        if (choice.ok) return choice.unit;
        const near = choice.near.join(', ');
        const all = result.units.map((unit) => unit.unit).join(', ');
        throw new Error(message(result.language, 'reportUnknownUnit', { name, near, units: all }));
      });
    }
    // Names come from every unit, whichever are written now, so each unit's tab keeps its name between calls; a
    // report tab's own name is not taken (it is rewritten in place).
    const taken = workbook.sheets.filter((sheet) => !isReportTab(sheet.name)).map((sheet) => sheet.name);
    const names = reportTabNames(
      result.units.map((unit) => unit.unit),
      result.language,
      taken,
    );
    const nameOf = new Map(result.units.map((unit, i) => [unit, names[i] as string]));
    const targets = chosen.map((unit) => nameOf.get(unit) as string);
    assertWritable(spreadsheet, taken, targets, result.language);
    const secretariat = readRoles(workbook).secretariat;
    const protect = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
      protectTab(sheet, secretariat, result.language);
    const written: string[] = [];
    let slowest = 0;
    keepingActiveSheet(spreadsheet, () => {
      for (const unit of chosen) {
        const start = elapsed();
        // Reports differ in length (a unit with many flags has many more rows): room for one twice the slowest.
        if (written.length > 0 && start + 2 * slowest > REPORT_LIMIT_MS) break;
        const tab = buildReportTab(result, unit, nameOf.get(unit) as string);
        writeReportSheet(spreadsheet, tab, protect);
        written.push(tab.name);
        slowest = Math.max(slowest, elapsed() - start);
      }
    });
    const remaining = chosen.slice(written.length).map((unit) => unit.unit);
    const text = ui.reportsWritten(written.length, remaining.length);
    spreadsheet.toast(text, ui.sidebarTitle);
    return { written, remaining, total: chosen.length, message: text };
  });
}
