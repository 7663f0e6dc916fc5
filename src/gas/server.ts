/** What the sidebar and the menu call on the server: status, validation, settings, selecting a cell. */
import { parseA1 } from '../core/a1';
import { parseClassBands } from '../core/class-bands';
import { scoreWorkbook } from '../core/score-workbook';
import { SETTING_NAMES, settingKey } from '../core/settings-sheet';
import type { Cell } from '../core/types';
import { sheetName } from '../core/workbook-schema';
import type { SettingsDto, StatusDto, ValidationDto } from '../shared/api';
import { menuLanguage } from './language';
import { withDocumentLock } from './lock';
import { UI_TEXT } from './ui-text';
import { statusOf, validationOf } from './validation';
import { readWorkbook, roleSheet } from './workbook-io';

function scoreActive() {
  return scoreWorkbook(readWorkbook(SpreadsheetApp.getActive()).workbook);
}

export function getStatus(): StatusDto {
  return statusOf(scoreActive());
}

export function validateWorkbook(): ValidationDto {
  const result = scoreActive();
  const ui = UI_TEXT[result.language];
  SpreadsheetApp.getActive().toast(
    ui.validated(result.errors.length, result.warnings.length),
    ui.sidebarTitle,
  );
  return validationOf(result);
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
  return { basis, bands, language };
}

/** Writes the settings into the Settings sheet (creating it if needed), so everyone sharing the workbook sees them. */
export function saveSettings(input: unknown): StatusDto {
  const settings = checkSettings(input);
  const spreadsheet = SpreadsheetApp.getActive();
  withDocumentLock(UI_TEXT[menuLanguage(true)].busy, () => {
    const english = settings.language === 'en';
    const sheet =
      roleSheet(spreadsheet, 'settings') ?? spreadsheet.insertSheet(sheetName('settings', settings.language));
    const values = sheet.getDataRange().getValues();
    let next = values.length === 1 && values[0]?.every((cell) => cell === '') ? 1 : values.length + 1;
    for (const key of ['basis', 'bands', 'language'] as const) {
      const row = values.findIndex((line) => {
        const first = line.findIndex((cell) => cell !== '');
        return first >= 0 && settingKey(line[first] as Cell) === key;
      });
      if (row >= 0) {
        const column = (values[row] as unknown[]).findIndex((cell) => cell !== '');
        sheet.getRange(row + 1, column + 2).setValue(settings[key]);
      } else {
        sheet.getRange(next++, 1, 1, 2).setValues([[SETTING_NAMES[key][english ? 1 : 0], settings[key]]]);
      }
    }
  });
  return getStatus();
}

export function selectCell(sheetName: string, cell: string | null): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(UI_TEXT[menuLanguage(true)].noSheet(sheetName));
  const at = cell ? parseA1(cell) : null;
  const range = at ? sheet.getRange(at.row + 1, at.column + 1) : sheet.getRange(1, 1);
  sheet.activate();
  range.activate();
}
