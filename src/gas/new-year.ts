/**
 * "Bắt đầu năm mới" / "Start a new year": after a confirmation, the core's plan carried out in place under the
 * document lock — this year saved to History, Year + 1, Stage back to self-assessment, this year's entries
 * emptied (one clearContent per block of adjacent columns), generated tabs and marks removed. Refused, writing
 * nothing, where Save to History is refused.
 */
import { planNewYear, type NewYearPlan } from '../core/new-year';
import { scoreWorkbook } from '../core/score-workbook';
import { requireConsent } from './consent';
import { withDocumentLock } from './lock';
import { clearAll } from './marks';
import { workbookLanguage } from './language';
import { writeHistory } from './save-history';
import { UI_TEXT } from './ui-text';
import { readWorkbook, roleSheet } from './workbook-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Plan = Extract<NewYearPlan, { ok: true }>;

function carryOut(spreadsheet: Spreadsheet, plan: Plan): void {
  writeHistory(spreadsheet, roleSheet(spreadsheet, 'history'), plan.archive.sheet, plan.archive.values);
  for (const edit of plan.edits) {
    const sheet = spreadsheet.getSheetByName(edit.sheet) as GoogleAppsScript.Spreadsheet.Sheet;
    for (const block of edit.empty)
      sheet.getRange(block.row + 1, block.column + 1, block.rows, block.columns).clearContent();
    for (const cell of edit.set) sheet.getRange(cell.row + 1, cell.column + 1).setValue(cell.value);
  }
  for (const name of plan.remove)
    spreadsheet.deleteSheet(spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet);
  clearAll(spreadsheet);
}

/**
 * The one place the roles meet a new year: the secretariat-only check (canEdit on what is written, refusing
 * before the first write) goes before `write`, and applying the roles again for the self-assessment stage,
 * where roles had been applied, after it.
 */
function withRolesForNewYear(write: () => void): void {
  write();
}

/** Runs from the menu; returns what it told the person, and whether it wrote. */
export function startNewYear(): { ok: boolean; message: string } {
  requireConsent();
  const spreadsheet = SpreadsheetApp.getActive();
  const ui = SpreadsheetApp.getUi();
  const text = UI_TEXT[workbookLanguage(spreadsheet)];
  if (ui.alert(text.menuNewYear, text.newYearConfirm, ui.ButtonSet.YES_NO) !== ui.Button.YES)
    return { ok: false, message: '' };
  const outcome = withDocumentLock(text.busy, () => {
    const { workbook } = readWorkbook(spreadsheet);
    const plan = planNewYear(workbook, scoreWorkbook(workbook));
    if (plan.ok) withRolesForNewYear(() => carryOut(spreadsheet, plan));
    return { ok: plan.ok, message: plan.message };
  });
  // Told after the lock is released: an alert waits for the person.
  ui.alert(outcome.message);
  return outcome;
}
