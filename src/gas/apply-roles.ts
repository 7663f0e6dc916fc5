/**
 * "Phân quyền" / "Apply roles": the contract's table of who may edit what at the Settings' Stage, made into real
 * protections on every sheet of the contract, every unit sheet and every generated tab. New protections are added
 * before the ones the add-in made earlier are removed, so no cell is open in between; a protection a person made
 * is never changed (the sheets that have one are listed). Up to ROLES_BATCH unit sheets a call; the units left are
 * returned and the sidebar calls again with them.
 */
import {
  a1,
  type GridSheet,
  planRoles,
  readRoles,
  type Roles,
  SETTING_NAMES,
  settingEntries,
  SheetIndex,
  sheetName,
  type SheetPlan,
  type Stage,
  STAGE_NAMES,
  stageOf,
  type Workbook,
} from '../core';
import type { RolesDto } from '../shared/api';
import { REPORT_LIMIT_MS, startClock } from './deadline';
import { assertWritable } from './guard';
import { menuLanguage } from './language';
import { withDocumentLock } from './lock';
import { isOwnProtection, restrict } from './protections';
import { UI_TEXT } from './ui-text';
import { gridSheets, readWorkbook, roleSheet } from './workbook-io';
import { requireConsent } from './consent';

export const ROLES_BATCH = 200;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function stageName(stage: Stage, roles: Roles): string {
  return STAGE_NAMES[stage][roles.language === 'vi' ? 1 : 0];
}

/** The Settings sheet's Stage value cell, where there is one. */
function stageCell(workbook: Workbook): { sheet: string; cell: string } | null {
  const found = new SheetIndex(workbook.sheets).role('settings')?.sheet;
  const entry = found && settingEntries(found).find((candidate) => candidate.key === 'stage');
  return found && entry ? { sheet: found.name, cell: a1(entry.row, entry.column) } : null;
}

/**
 * Writes the chosen stage into the Settings sheet (its Stage row, or a new one), creating the sheet if need be;
 * returns the name of a sheet it created.
 */
function saveStage(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  workbook: Workbook,
  roles: Roles,
): string | null {
  const language = roles.language;
  const text = stageName(roles.stage, roles);
  const cell = stageCell(workbook);
  if (cell) {
    spreadsheet.getSheetByName(cell.sheet)?.getRange(cell.cell).setValue(text);
    return null;
  }
  const found = new SheetIndex(workbook.sheets).role('settings')?.sheet;
  const sheet = found
    ? (spreadsheet.getSheetByName(found.name) as Sheet)
    : spreadsheet.insertSheet(sheetName('settings', language));
  const row = found ? found.values.length + 1 : 1;
  sheet.getRange(row, 1, 1, 2).setValues([[SETTING_NAMES.stage[language === 'vi' ? 0 : 1], text]]);
  return found ? null : sheet.getName();
}

/** One sheet: its new range protections, then its sheet protection, then the add-in's old range protections go. */
function applySheet(sheet: Sheet, plan: SheetPlan, roles: Roles): boolean {
  const type = SpreadsheetApp.ProtectionType;
  const [sheetProtection] = sheet.getProtections(type.SHEET);
  const rangeProtections = sheet.getProtections(type.RANGE);
  const personal = sheetProtection !== undefined && !isOwnProtection(sheetProtection);
  const old = rangeProtections.filter((protection) => isOwnProtection(protection));
  const ranges = plan.open.map((open) => {
    const range = sheet.getRange(open.row, open.column, open.rows, open.columns);
    restrict(range.protect(), [...roles.secretariat, ...open.editors], roles.language, false);
    return range;
  });
  if (!personal) {
    const protection = sheetProtection ?? sheet.protect();
    restrict(protection, roles.secretariat, roles.language, sheetProtection !== undefined);
    protection.setUnprotectedRanges(ranges);
  }
  for (const protection of old) protection.remove();
  return personal || old.length < rangeProtections.length;
}

/** The plan of every sheet, and the sheets by name. */
function planOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, workbook: Workbook, roles: Roles) {
  // The grid sheets, in the order readWorkbook read them; a sheet that is not a grid is left alone.
  const sheets = gridSheets(spreadsheet);
  const grids: GridSheet[] = sheets.map((sheet, i) => ({
    name: workbook.sheets[i]?.name ?? '',
    values: workbook.sheets[i]?.values ?? [],
    maxRows: sheet.getMaxRows(),
    grid: true,
  }));
  return {
    byName: new Map(sheets.map((sheet, i) => [grids[i]?.name, sheet])),
    plans: planRoles(roles, grids),
  };
}

/**
 * Whether roles have been applied: the Settings or the Units sheet (never one of `created`, just made) carries the
 * add-in's sheet protection.
 */
export function rolesInForce(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  created: readonly string[] = [],
): boolean {
  return (['settings', 'units'] as const).some((role) => {
    const sheet = roleSheet(spreadsheet, role);
    return (
      sheet !== null &&
      !created.includes(sheet.getName()) &&
      sheet
        .getProtections(SpreadsheetApp.ProtectionType.SHEET)
        .some((protection) => isOwnProtection(protection))
    );
  });
}

/** Protects the sheets an action just created (Set up, Save to History, a Settings sheet) with the roles in force. */
export function protectCreated(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  created: readonly string[],
): void {
  if (!rolesInForce(spreadsheet, created)) return;
  const { workbook } = readWorkbook(spreadsheet);
  const roles = readRoles(workbook);
  const { byName, plans } = planOf(spreadsheet, workbook, roles);
  for (const plan of plans)
    if (created.includes(plan.sheet)) applySheet(byName.get(plan.sheet) as Sheet, plan, roles);
}

/**
 * `stage`: the stage chosen in the sidebar, saved before the roles are applied (anything else, such as the menu's
 * event, keeps the Settings' one). `units`: the units left by the previous call; absent, every sheet is done.
 */
export function applyRoles(stage?: unknown, units?: unknown): RolesDto {
  const elapsed = startClock();
  requireConsent();
  const spreadsheet = SpreadsheetApp.getActive();
  return withDocumentLock(UI_TEXT[menuLanguage(true)].busy, () => {
    const { workbook } = readWorkbook(spreadsheet);
    const roles = readRoles(workbook);
    const ui = UI_TEXT[roles.language];
    const chosen = typeof stage === 'string' ? stageOf(stage) : undefined;
    // A stage chosen in the sidebar is written over a Stage cell that named none: that cell's error goes.
    if (chosen) {
      const cell = stageCell(workbook);
      roles.errors = roles.errors.filter(
        (error) => !(cell && error.sheet === cell.sheet && error.cell === cell.cell),
      );
    }
    if (roles.errors.length > 0) {
      const message = ui.rolesErrors(roles.errors.length);
      return { ok: false, units: 0, remaining: [], kept: [], errors: roles.errors, message };
    }
    if (chosen) roles.stage = chosen;
    const { byName, plans } = planOf(spreadsheet, workbook, roles);
    const left = Array.isArray(units) ? new Set(units.map(String)) : null;
    const todo = left ? plans.filter((plan) => plan.unit !== null && left.has(plan.unit)) : plans;
    const unitPlans = todo.filter((plan) => plan.unit !== null);
    const later = new Set(unitPlans.slice(ROLES_BATCH));
    const batch = todo.filter((plan) => !later.has(plan));
    const names = workbook.sheets.map((sheet) => sheet.name);
    assertWritable(
      spreadsheet,
      names,
      (left ? batch : plans).map((plan) => plan.sheet),
      roles.language,
    );
    const inserted = chosen && !left ? saveStage(spreadsheet, workbook, roles) : null;
    const kept: string[] = [];
    // The sheets of the contract first, then the units' while the time lasts (the rest are left for the next call).
    batch.sort((a, b) => Number(a.unit !== null) - Number(b.unit !== null));
    let slowest = 0;
    for (const plan of batch) {
      const start = elapsed();
      if (plan.unit !== null && start + slowest > REPORT_LIMIT_MS) {
        later.add(plan);
        continue;
      }
      if (applySheet(byName.get(plan.sheet) as Sheet, plan, roles)) kept.push(plan.sheet);
      slowest = Math.max(slowest, elapsed() - start);
    }
    // A Settings sheet made for the chosen stage was not planned: it is protected as a sheet of the contract.
    if (inserted) protectCreated(spreadsheet, [inserted]);
    const remaining = unitPlans.filter((plan) => later.has(plan)).map((plan) => plan.unit as string);
    const message =
      ui.rolesApplied(roles.units.length, roles.appraisers.length, stageName(roles.stage, roles)) +
      (kept.length > 0 ? ui.rolesKept(kept.join(', ')) : '') +
      (remaining.length > 0 ? ui.rolesRemaining(remaining.length) : '');
    spreadsheet.toast(message, ui.sidebarTitle);
    return {
      ok: true,
      units: unitPlans.length - later.size,
      remaining,
      kept,
      errors: [],
      message,
    };
  });
}
