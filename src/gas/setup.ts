/**
 * "Set up workbook": creates the sheets of the contract that are missing (Settings, the criteria from the chosen
 * template, Units, Survey, History), in the workbook's language, and one sheet per Units row. It never changes a
 * sheet that already exists.
 */
import {
  type Cell,
  cellText,
  columnLetters,
  type CriteriaSet,
  fromSurvey,
  headerName,
  type Language,
  languageOf,
  readCriteriaSheet,
  readUnitsSheet,
  SETTING_NAMES,
  type Sheet,
  SheetIndex,
  sheetName,
  STAGE_NAMES,
  UNIT_SHEET_COLUMNS,
  UNIT_SHEET_HEADER,
  UNITS_COLUMNS,
} from '../core';
import { TEMPLATE_KEYS, type TemplateKey } from '../template/keys';
import { HISTORY_HEADER, surveyHeader } from '../template/sheet-headers';
import type { SetupDto } from '../shared/api';
import { requireConsent } from './consent';
import { menuLanguage } from './language';
import { protectCreated } from './apply-roles';
import { assertWritable } from './guard';
import { withDocumentLock } from './lock';
import { templateSheet } from './templates';
import { UI_TEXT } from './ui-text';
import { fitSheet } from './write-tabs';
import { readWorkbook, toSheetValues } from './workbook-io';

/** The template Set up uses when none is chosen (the menu item): communes and wards, the most numerous units. */
export const DEFAULT_TEMPLATE: TemplateKey = 'cap-xa';

/** Set up's own words in each language: the sample units, the yes/no drop-down, the PAR_SCORE column's header. */
const WORDS = {
  vi: {
    sampleUnit: (n: number) => `Đơn vị mẫu ${n}`,
    sampleGroup: 'Khối mẫu',
    yes: 'Có',
    yesNo: ['Có', 'Không', 'Không áp dụng'],
    notApplicable: 'Không áp dụng',
    scoreHeader: 'Điểm theo số liệu',
  },
  en: {
    sampleUnit: (n: number) => `Sample unit ${n}`,
    sampleGroup: 'Sample group',
    yes: 'Yes',
    yesNo: ['Yes', 'No', 'N/A'],
    notApplicable: 'N/A',
    scoreHeader: 'Score from the data',
  },
} as const;

/** The unit sheet's columns, then one that shows what the declared data are worth (PAR_SCORE). */
function unitHeader(language: Language): Cell[] {
  const columns =
    language === 'vi'
      ? [...UNIT_SHEET_HEADER]
      : UNIT_SHEET_COLUMNS.map((column) => column.headers[0] as string);
  return [...columns, WORDS[language].scoreHeader];
}

const UNITS_HEADER_KEYS = ['unit', 'sheet', 'group', 'ranked', 'previousRank', 'email'] as const;

function unitsRows(language: Language): Cell[][] {
  const words = WORDS[language];
  const header = UNITS_HEADER_KEYS.map((key) => {
    const headers = UNITS_COLUMNS.find((column) => column.key === key)?.headers ?? [];
    // The template's Vietnamese Units sheet says "Khối" (the word the provinces use), not the first alias "Nhóm".
    return key === 'group' && language === 'vi' ? 'Khối' : headerName(headers, language);
  });
  const samples = [1, 2, 3].map((n): Cell[] => {
    const name = words.sampleUnit(n);
    return [name, name, words.sampleGroup, words.yes, '', ''];
  });
  return [header, ...samples];
}

function settingsRows(language: Language): Cell[][] {
  const name = (key: keyof typeof SETTING_NAMES): string => SETTING_NAMES[key][language === 'vi' ? 0 : 1];
  return [
    [name('year'), new Date().getFullYear()],
    [name('basis'), 'auto'],
    [name('bands'), 'A>=90; B>=80; C>=70; D'],
    [name('language'), language],
    [name('stage'), STAGE_NAMES['self-assessment'][language === 'vi' ? 1 : 0]],
    [name('secretariat'), ''],
    [name('appraisers'), ''],
  ];
}

function isTemplateKey(value: unknown): value is TemplateKey {
  return TEMPLATE_KEYS.some((key) => key === value);
}

/** The rows in one write; the header row (1-based) bold and frozen with what is above it. */
function write(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: Cell[][], headerRow: number): void {
  const width = Math.max(...rows.map((row) => row.length));
  sheet.getRange(1, 1, rows.length, width).setValues(toSheetValues(rows, width));
  sheet.getRange(headerRow, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(headerRow);
}

function unitSheetRows(criteria: CriteriaSet, language: Language): Cell[][] {
  return [
    unitHeader(language),
    ...criteria.criteria.map((criterion): Cell[] => [criterion.code, criterion.name, criterion.max]),
  ];
}

/** A sheet name as a formula reference: quoted, with its quotes doubled. */
function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A sheet's columns from A to its widest row's, whole columns, as a formula reference. */
function wholeColumns(sheet: Sheet): string {
  const width = Math.max(1, ...sheet.values.map((row) => row.length));
  return `${quoted(sheet.name)}!A1:${columnLetters(width - 1)}`;
}

/**
 * The PAR_SCORE formula of a unit sheet, with every range the ranking reads for it: the criteria, the Survey and
 * the unit's name (for its Survey row). Arguments are separated by ';', which Sheets parses in every locale (a
 * ',' is an error where the decimal mark is a comma, as in vi_VN). The sheets are passed as arguments because
 * Sheets recalculates a custom function only when its arguments change.
 */
function parScoreFormula(
  last: number,
  criteriaSheet: Sheet,
  surveySheet: Sheet,
  unit: { name: string; group: string | null },
): string {
  const text = (value: string): string => `"${value.replace(/"/g, '""')}"`;
  const ranges = `${wholeColumns(criteriaSheet)}; ${wholeColumns(surveySheet)}; ${text(unit.name)}`;
  // The group only where the unit has one: without it PAR_SCORE scores the criteria that apply to every unit.
  const group = unit.group === null ? '' : `; ${text(unit.group)}`;
  return `=PAR_SCORE(A2:A${last}; D2:D${last}; E2:E${last}; ${ranges}${group})`;
}

/** Drop-downs for yes/no and choice rows, and the PAR_SCORE column that shows what the declared data are worth. */
function decorateUnitSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  criteria: CriteriaSet,
  criteriaSheet: Sheet,
  surveySheet: Sheet,
  unit: { name: string; group: string | null },
  language: Language,
): void {
  const rows = criteria.criteria.length;
  if (rows === 0) return;
  sheet.getRange(2, 1, rows, 1).setNumberFormat('@');
  const rules = criteria.criteria.map((criterion) => {
    const rule = criterion.rule;
    if (!criterion.isLeaf || (rule.kind !== 'yesno' && rule.kind !== 'choice')) return [null];
    const labels =
      rule.kind === 'yesno'
        ? [...WORDS[language].yesNo]
        : [...rule.options.map((option) => option.label), WORDS[language].notApplicable];
    return [
      SpreadsheetApp.newDataValidation().requireValueInList(labels, true).setAllowInvalid(true).build(),
    ];
  });
  sheet.getRange(2, 4, rows, 1).setDataValidations(rules as GoogleAppsScript.Spreadsheet.DataValidation[][]);
  sheet
    .getRange(2, unitHeader(language).length)
    .setFormula(parScoreFormula(rows + 1, criteriaSheet, surveySheet, unit));
}

/**
 * `template` is one of TEMPLATE_KEYS (the sidebar's choice); anything else (the menu passes nothing,
 * or an event object) means DEFAULT_TEMPLATE. The language is the workbook's where it has sheets of the
 * contract, else the spreadsheet's locale's.
 */
export function setupWorkbook(template?: unknown): SetupDto {
  requireConsent();
  const spreadsheet = SpreadsheetApp.getActive();
  const chosen = isTemplateKey(template) ? template : DEFAULT_TEMPLATE;
  return withDocumentLock(UI_TEXT[menuLanguage(true)].busy, () => {
    const active = spreadsheet.getActiveSheet();
    const created: string[] = [];
    const kept: string[] = [];
    const index = new SheetIndex(readWorkbook(spreadsheet).workbook.sheets);
    const hasContractSheets = (['criteria', 'units', 'survey', 'settings'] as const).some((role) =>
      index.role(role),
    );
    const language = hasContractSheets ? languageOf(index) : menuLanguage(true);
    const ui = UI_TEXT[language];
    assertWritable(
      spreadsheet,
      index.sheets.map((sheet) => sheet.name),
      [],
      language,
    );
    const make = (name: string, rows: Cell[][], headerRow = 1): GoogleAppsScript.Spreadsheet.Sheet => {
      const sheet = spreadsheet.insertSheet(name);
      write(sheet, rows, headerRow);
      created.push(name);
      return sheet;
    };

    const settings = index.role('settings');
    if (settings) kept.push(settings.sheet.name);
    else make(sheetName('settings', language), settingsRows(language));

    const existingCriteria = index.role('criteria');
    // The template's title and note sit above its header row.
    const criteriaSheet: Sheet = existingCriteria
      ? existingCriteria.sheet
      : { name: sheetName('criteria', language), values: templateSheet(chosen, language) };
    if (existingCriteria) kept.push(criteriaSheet.name);
    else make(criteriaSheet.name, criteriaSheet.values, 3);
    const criteria = readCriteriaSheet(criteriaSheet, language);

    const unitsRole = index.role('units');
    let unitsSheet = unitsRole?.sheet ?? null;
    if (unitsSheet) kept.push(unitsSheet.name);
    else {
      const rows = unitsRows(language);
      make(sheetName('units', language), rows);
      unitsSheet = { name: sheetName('units', language), values: rows };
    }
    const units = readUnitsSheet(unitsSheet, index, language, []);

    const survey = index.role('survey');
    let surveySheet = survey?.sheet ?? null;
    if (surveySheet) kept.push(surveySheet.name);
    else {
      const codes = criteria.criteria
        .filter((criterion) => criterion.isLeaf && fromSurvey(criterion.rule))
        .map((criterion) => criterion.code);
      surveySheet = { name: sheetName('survey', language), values: [surveyHeader(codes, language)] };
      make(surveySheet.name, surveySheet.values);
    }

    const history = index.role('history');
    if (history) kept.push(history.sheet.name);
    else make(sheetName('history', language), [HISTORY_HEADER[language]]);

    for (const unit of units) {
      if (unit.sheet || created.includes(unit.sheetName)) {
        if (unit.sheet) kept.push(unit.sheet.name);
        continue;
      }
      const sheet = make(unit.sheetName, unitSheetRows(criteria, language));
      decorateUnitSheet(sheet, criteria, criteriaSheet, surveySheet, unit, language);
      // A unit's rows are its criteria: at 1000 × 26, 380 unit sheets would fill the 10 million cells allowed.
      fitSheet(sheet, sheet.getLastRow(), sheet.getLastColumn());
    }
    protectCreated(spreadsheet, created);
    // insertSheet activates each new sheet: give back the one the user was on.
    if (created.length > 0) spreadsheet.setActiveSheet(active);
    spreadsheet.toast(ui.setupDone(created.length), ui.sidebarTitle);
    return {
      created,
      kept,
      message: ui.setupDone(created.length) + (kept.length > 0 ? ` (${kept.map(cellText).join(', ')})` : ''),
    };
  });
}
