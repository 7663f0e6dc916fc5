/**
 * "Set up workbook": creates the sheets of the contract that are missing, from the built-in district template,
 * and one sheet per Units row. It never changes a sheet that already exists.
 */
import { cellText } from '../core/cells';
import { readCriteriaSheet, type CriteriaSet } from '../core/criteria-sheet';
import { SheetIndex } from '../core/sheet-index';
import type { Cell, Sheet } from '../core/types';
import { columnLetters } from '../core/a1';
import { readUnitsSheet } from '../core/units-sheet';
import { SHEET_NAMES, UNIT_SHEET_HEADER } from '../core/workbook-schema';
import { criteriaCapHuyenRows } from '../template/criteria-cap-huyen';
import type { SetupDto } from '../shared/api';
import { menuLanguage } from './language';
import { withDocumentLock } from './lock';
import { UI_TEXT } from './ui-text';
import { readWorkbook, toSheetValues } from './workbook-io';

/** The unit sheet's columns, then one that shows what the declared data are worth (PAR_SCORE). */
const UNIT_HEADER = [...UNIT_SHEET_HEADER, 'Điểm theo số liệu'];
const SAMPLE_UNITS = ['Đơn vị mẫu 1', 'Đơn vị mẫu 2', 'Đơn vị mẫu 3'];

function write(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: Cell[][]): void {
  const width = Math.max(...rows.map((row) => row.length));
  sheet.getRange(1, 1, rows.length, width).setValues(toSheetValues(rows, width));
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
}

function unitSheetRows(criteria: CriteriaSet): Cell[][] {
  return [
    UNIT_HEADER,
    ...criteria.criteria.map((criterion): Cell[] => [criterion.code, criterion.name, criterion.max]),
  ];
}

/** A sheet name as a formula reference: quoted, with its quotes doubled. */
function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The PAR_SCORE formula of a unit sheet. Arguments are separated by ';', which Sheets parses in every locale (a
 * ',' is an error where the decimal mark is a comma, as in vi_VN). The criteria sheet is passed as an argument
 * because Sheets recalculates a custom function only when its arguments change.
 */
function parScoreFormula(last: number, criteriaSheet: string, criteriaWidth: number): string {
  const lastColumn = columnLetters(Math.max(1, criteriaWidth) - 1);
  const criteria = `${quoted(criteriaSheet)}!A1:${lastColumn}`;
  return `=PAR_SCORE(A2:A${last}; D2:D${last}; E2:E${last}; ${criteria})`;
}

/** Drop-downs for yes/no and choice rows, and the PAR_SCORE column that shows what the declared data are worth. */
function decorateUnitSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  criteria: CriteriaSet,
  criteriaSheet: Sheet,
): void {
  const rows = criteria.criteria.length;
  if (rows === 0) return;
  sheet.getRange(2, 1, rows, 1).setNumberFormat('@');
  const rules = criteria.criteria.map((criterion) => {
    const rule = criterion.rule;
    if (!criterion.isLeaf || (rule.kind !== 'yesno' && rule.kind !== 'choice')) return [null];
    const labels =
      rule.kind === 'yesno'
        ? ['Có', 'Không', 'Không áp dụng']
        : [...rule.options.map((option) => option.label), 'Không áp dụng'];
    return [
      SpreadsheetApp.newDataValidation().requireValueInList(labels, true).setAllowInvalid(true).build(),
    ];
  });
  sheet.getRange(2, 4, rows, 1).setDataValidations(rules as GoogleAppsScript.Spreadsheet.DataValidation[][]);
  const last = rows + 1;
  const width = Math.max(...criteriaSheet.values.map((row) => row.length));
  sheet.getRange(2, 10).setFormula(parScoreFormula(last, criteriaSheet.name, width));
}

export function setupWorkbook(): SetupDto {
  const spreadsheet = SpreadsheetApp.getActive();
  const ui = UI_TEXT[menuLanguage(true)];
  return withDocumentLock(ui.busy, () => {
    const active = spreadsheet.getActiveSheet();
    const created: string[] = [];
    const kept: string[] = [];
    const index = new SheetIndex(readWorkbook(spreadsheet).workbook.sheets);
    const make = (name: string, rows: Cell[][]): GoogleAppsScript.Spreadsheet.Sheet => {
      const sheet = spreadsheet.insertSheet(name);
      write(sheet, rows);
      created.push(name);
      return sheet;
    };

    const settings = index.role('settings');
    if (settings) kept.push(settings.sheet.name);
    else
      make(SHEET_NAMES.settings[0], [
        ['Năm', new Date().getFullYear()],
        ['Điểm xếp hạng', 'auto'],
        ['Xếp loại', 'A>=90; B>=80; C>=70; D'],
      ]);

    const existingCriteria = index.role('criteria');
    const criteriaSheet: Sheet = existingCriteria
      ? existingCriteria.sheet
      : { name: SHEET_NAMES.criteria[0], values: criteriaCapHuyenRows() };
    if (existingCriteria) kept.push(criteriaSheet.name);
    else make(criteriaSheet.name, criteriaSheet.values);
    const criteria = readCriteriaSheet(criteriaSheet, 'vi');

    const unitsRole = index.role('units');
    let unitsSheet = unitsRole?.sheet ?? null;
    if (unitsSheet) kept.push(unitsSheet.name);
    else {
      const rows: Cell[][] = [
        ['Đơn vị', 'Tên sheet', 'Khối', 'Xếp hạng', 'Xếp hạng năm trước'],
        ...SAMPLE_UNITS.map((name) => [name, name, 'Khối mẫu', 'Có', '']),
      ];
      make(SHEET_NAMES.units[0], rows);
      unitsSheet = { name: SHEET_NAMES.units[0], values: rows };
    }
    const units = readUnitsSheet(unitsSheet, index, 'vi', []);
    for (const unit of units) {
      if (unit.sheet || created.includes(unit.sheetName)) {
        if (unit.sheet) kept.push(unit.sheet.name);
        continue;
      }
      const sheet = make(unit.sheetName, unitSheetRows(criteria));
      decorateUnitSheet(sheet, criteria, criteriaSheet);
    }
    // insertSheet activates each new sheet: give back the one the user was on.
    spreadsheet.setActiveSheet(active);
    spreadsheet.toast(ui.setupDone(created.length), ui.sidebarTitle);
    return {
      created,
      kept,
      message: ui.setupDone(created.length) + (kept.length > 0 ? ` (${kept.map(cellText).join(', ')})` : ''),
    };
  });
}
