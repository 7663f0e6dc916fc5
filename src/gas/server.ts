/** What the sidebar and the menu call on the server: status, validation, settings, selecting a cell. */
import {
  type Cell,
  parseA1,
  parseClassBands,
  readRoles,
  scoreWorkbook,
  SETTING_NAMES,
  settingKey,
  sheetName,
  type Workbook,
  type WorkbookResult,
} from '../core';
import type { SettingsDto, StatusDto, ValidationDto } from '../shared/api';
import { protectCreated, rolesInForce } from './apply-roles';
import { requireConsent } from './consent';
import { menuLanguage } from './language';
import { assertWritable } from './guard';
import { withDocumentLock } from './lock';
import { UI_TEXT } from './ui-text';
import { rankingStale, statusOf, validationOf } from './validation';
import { gridSheets, readWorkbook, roleSheet } from './workbook-io';

/** The active workbook's result, and whether its ranking tab is stale (read only: nothing is written). */
function scoreActive(): { result: WorkbookResult; workbook: Workbook; stale: boolean | null } {
  const { workbook } = readWorkbook(SpreadsheetApp.getActive());
  const result = scoreWorkbook(workbook);
  return { result, workbook, stale: rankingStale(workbook, result) };
}

export function getStatus(): StatusDto {
  requireConsent();
  const { result, workbook, stale } = scoreActive();
  return {
    ...statusOf(result, workbook, stale),
    stage: readRoles(workbook).stage,
    rolesApplied: rolesInForce(SpreadsheetApp.getActive()),
  };
}

export function validateWorkbook(): ValidationDto {
  requireConsent();
  const { result, workbook, stale } = scoreActive();
  const ui = UI_TEXT[result.language];
  SpreadsheetApp.getActive().toast(
    ui.validated(result.errors.length, result.warnings.length),
    ui.sidebarTitle,
  );
  return validationOf(result, workbook, stale);
}

/** A year as the Settings sheet takes it (a whole number after 1900 and before 3000), or null when left blank. */
function checkYear(value: unknown, invalid: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  const year = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof year !== 'number' || !Number.isInteger(year) || year <= 1900 || year >= 3000)
    throw new Error(invalid);
  return year;
}

function checkSettings(input: unknown): SettingsDto {
  const value = (input ?? {}) as Record<string, unknown>;
  const basis = value.basis;
  const language = value.language;
  const bands = typeof value.bands === 'string' ? value.bands.trim() : '';
  if (basis !== 'auto' && basis !== 'self' && basis !== 'appraised')
    throw new Error(`basis: ${String(basis)}`);
  if (language !== 'vi' && language !== 'en') throw new Error(`language: ${String(language)}`);
  const parsed = parseClassBands(bands);
  if (!parsed.ok) throw new Error(`bands: ${bands}`);
  const ui = UI_TEXT[language];
  const year = checkYear(value.year, ui.yearInvalid(String(value.year)));
  const compareWith = checkYear(value.compareWith, ui.yearInvalid(String(value.compareWith)));
  if (compareWith !== null && (year === null || compareWith >= year))
    throw new Error(ui.compareNotBefore(compareWith, year));
  return { basis, bands, language, year, compareWith };
}

const SAVED_KEYS = ['year', 'compareWith', 'basis', 'bands', 'language'] as const;

/**
 * Writes the settings into the Settings sheet (creating it if needed), so everyone sharing the workbook sees them.
 * A blank (null) year clears the value of a Year row there is, and adds none; one left out is left alone.
 */
export function saveSettings(input: unknown): StatusDto {
  requireConsent();
  const settings = checkSettings(input);
  const spreadsheet = SpreadsheetApp.getActive();
  withDocumentLock(UI_TEXT[menuLanguage(true)].busy, () => {
    const english = settings.language === 'en';
    const existing = roleSheet(spreadsheet, 'settings');
    const names = gridSheets(spreadsheet).map((sheet) => sheet.getName());
    assertWritable(spreadsheet, names, [sheetName('settings', settings.language)], settings.language);
    const sheet = existing ?? spreadsheet.insertSheet(sheetName('settings', settings.language));
    if (!existing) protectCreated(spreadsheet, [sheet.getName()]);
    const values = sheet.getDataRange().getValues();
    let next = values.length === 1 && values[0]?.every((cell) => cell === '') ? 1 : values.length + 1;
    for (const key of SAVED_KEYS) {
      // A caller that leaves a year out (not null) leaves the sheet's as it is.
      if ((key === 'year' || key === 'compareWith') && (input as Record<string, unknown>)[key] === undefined)
        continue;
      const setting = settings[key] ?? '';
      const row = values.findIndex((line) => {
        const first = line.findIndex((cell) => cell !== '');
        return first >= 0 && settingKey(line[first] as Cell) === key;
      });
      if (row >= 0) {
        const column = (values[row] as unknown[]).findIndex((cell) => cell !== '');
        sheet.getRange(row + 1, column + 2).setValue(setting);
      } else if (setting !== '') {
        sheet.getRange(next++, 1, 1, 2).setValues([[SETTING_NAMES[key][english ? 1 : 0], setting]]);
      }
    }
  });
  return getStatus();
}

export function selectCell(sheetName: string, cell: string | null): void {
  requireConsent();
  const spreadsheet = SpreadsheetApp.getActive();
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(UI_TEXT[menuLanguage(true)].noSheet(sheetName));
  const at = cell ? parseA1(cell) : null;
  const range = at ? sheet.getRange(at.row + 1, at.column + 1) : sheet.getRange(1, 1);
  sheet.activate();
  range.activate();
}
