/**
 * "Bắt đầu năm mới" / "Start a new year": after a confirmation, the core's plan carried out in place under the
 * document lock — this year saved to History, Year + 1, Stage back to self-assessment, this year's entries
 * emptied (one clearContent per block of adjacent columns), generated tabs and marks removed. Refused, writing
 * nothing, where Save to History is refused.
 */
import { type Language, type NewYearPlan, planNewYear, scoreWorkbook } from '../core';
import { applyRoles, rolesInForce } from './apply-roles';
import { requireConsent } from './consent';
import { withDocumentLock } from './lock';
import { clearAll } from './marks';
import { workbookLanguage } from './language';
import { writeHistory } from './save-history';
import { UI_TEXT } from './ui-text';
import { readWorkbook, roleSheet } from './workbook-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Plan = Extract<NewYearPlan, { ok: true }>;

/**
 * Only the secretariat starts a new year: clearAll checks canEdit on every sheet that carries a mark and on every
 * sheet the plan writes (History, the sheets it empties, the tabs it removes) before its first write, and the marks
 * go first; then the plan is carried out.
 */
function carryOut(spreadsheet: Spreadsheet, plan: Plan, language: Language): void {
  const written = [plan.archive.sheet, ...plan.edits.map((edit) => edit.sheet), ...plan.remove];
  clearAll(spreadsheet, language, written);
  writeHistory(spreadsheet, roleSheet(spreadsheet, 'history'), plan.archive.sheet, plan.archive.values);
  for (const edit of plan.edits) {
    const sheet = spreadsheet.getSheetByName(edit.sheet) as GoogleAppsScript.Spreadsheet.Sheet;
    for (const block of edit.empty)
      sheet.getRange(block.row + 1, block.column + 1, block.rows, block.columns).clearContent();
    for (const cell of edit.set) sheet.getRange(cell.row + 1, cell.column + 1).setValue(cell.value);
  }
  for (const name of plan.remove)
    spreadsheet.deleteSheet(spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet);
}

/**
 * Applies the roles again for the self-assessment stage the plan set, every batch of units while the execution
 * lasts (Apply roles takes the lock itself); what it said, or why it failed, is added to the new year's message.
 */
function reapplyRoles(): string {
  try {
    let outcome = applyRoles();
    while (outcome.ok && outcome.remaining.length > 0) outcome = applyRoles(null, outcome.remaining);
    return outcome.message;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
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
    const result = scoreWorkbook(workbook);
    const plan = planNewYear(workbook, result);
    if (!plan.ok) return { ok: false, message: plan.message, roles: false };
    const roles = rolesInForce(spreadsheet);
    carryOut(spreadsheet, plan, result.language);
    return { ok: true, message: plan.message, roles };
  });
  const message = outcome.roles ? `${outcome.message} ${reapplyRoles()}` : outcome.message;
  // Told after the lock is released: an alert waits for the person.
  ui.alert(message);
  return { ok: outcome.ok, message };
}
