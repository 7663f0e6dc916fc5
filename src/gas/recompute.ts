/** The sidebar's and the menu's "Recompute ranking": read everything once, score in the core, swap in the new tabs. */
import { generatedLayouts, isReportTab, readRoles, replacedByGeneratedTabs, scoreWorkbook } from '../core';
import type { RecomputeDto } from '../shared/api';
import { keepingActiveSheet } from './active-sheet';
import { requireConsent } from './consent';
import { startDeadline, TimeUp } from './deadline';
import { menuLanguage } from './language';
import { saveLastRun } from './last-run';
import { assertWritable } from './guard';
import { withDocumentLock } from './lock';
import { protectTab } from './protections';
import { clearProgress, reportProgress, throttled } from './progress';
import { summarize } from './summary';
import { UI_TEXT } from './ui-text';
import { validationOf } from './validation';
import { readWorkbook, type LoadedWorkbook } from './workbook-io';
import { writeTabs } from './write-tabs';

/** The tabs a recompute writes or keeps: listed by name, their cells never read (the core skips them). */
const generatedTab = (name: string): boolean => isReportTab(name) || replacedByGeneratedTabs(name);

export function recomputeRanking(): RecomputeDto {
  // Apps Script's 6 minutes run from the start of the execution, waiting for the lock included.
  const checkTime = startDeadline();
  requireConsent();
  const spreadsheet = SpreadsheetApp.getActive();
  const early = UI_TEXT[menuLanguage(true)];
  return withDocumentLock(early.busy, () => {
    // The previous run's "done" must not show while this one starts reading; a run still waiting for the lock
    // leaves the bar of the one that holds it.
    clearProgress();
    let loaded: LoadedWorkbook;
    try {
      let report: ((done: number) => void) | undefined;
      loaded = readWorkbook(
        spreadsheet,
        (done, total) => {
          checkTime();
          report ??= throttled(total, (at) =>
            reportProgress({ done: at, total: total + 1, message: early.reading(at, total) }),
          );
          report(done);
        },
        generatedTab,
      );
      checkTime();
    } catch (error) {
      throw error instanceof TimeUp ? new Error(early.timeUp) : error;
    }
    const result = scoreWorkbook(loaded.workbook);
    const ui = UI_TEXT[result.language];
    const steps = loaded.workbook.sheets.length + 1;
    reportProgress({ done: steps - 1, total: steps, message: ui.writing });
    const layouts = generatedLayouts(result);
    const names = loaded.workbook.sheets.map((sheet) => sheet.name);
    assertWritable(
      spreadsheet,
      names,
      layouts.map((layout) => layout.name),
      result.language,
    );
    const secretariat = readRoles(loaded.workbook).secretariat;
    const protect = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
      protectTab(sheet, secretariat, result.language);
    keepingActiveSheet(spreadsheet, () => writeTabs(spreadsheet, layouts, protect, loaded.sheetIds));
    reportProgress({ done: steps, total: steps, message: ui.done });
    saveLastRun(result);
    spreadsheet.toast(ui.recomputed(result.units.length, result.errors.length), ui.sidebarTitle);
    return {
      // The tab was just written from this result.
      ...validationOf(result, loaded.workbook, false),
      groups: summarize(result),
      rankingSheet: result.rankingSheet,
      deductionsSheet: result.deductionsSheet,
    };
  });
}
