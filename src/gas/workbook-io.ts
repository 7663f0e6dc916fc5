/** Reading the spreadsheet into the core's plain workbook: one getValues per sheet, nothing per cell. */
import {
  type Cell,
  isReportTab,
  type Sheet,
  SHEET_NAMES,
  SheetIndex,
  type SheetRole,
  type Workbook,
} from '../core';

export interface LoadedWorkbook {
  workbook: Workbook;
  /** Sheet name → sheet id, for links to a unit's sheet. */
  sheetIds: Map<string, number>;
}

/**
 * A date as the command line reads it from .xlsx: the day and time the spreadsheet shows, held as UTC. Sheets hands
 * out the instant in the spreadsheet's time zone (01/04/2025 00:00 in Asia/Ho_Chi_Minh is 2025-03-31T17:00Z), which
 * the core would show as the day before. Intl, part of the language, does the time-zone arithmetic, so reading a
 * date needs no service call.
 */
function asShown(date: Date, wallClock: Intl.DateTimeFormat): Date {
  const part: Record<string, number> = {};
  for (const { type, value } of wallClock.formatToParts(date)) part[type] = Number(value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = part;
  return new Date(Date.UTC(year, month - 1, day, hour % 24, minute, second, date.getUTCMilliseconds()));
}

function wallClockOf(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

/**
 * A sheet's values in one call: `getSheetValues` with -1 rows and columns reads to the last row and column with
 * content, what `getDataRange().getValues()` reads in two. A sheet with no content has no last row, and Sheets
 * refuses a range of none (or an implementation may answer with no rows); `getDataRange` then gives its one empty
 * cell. A sheet with content always has a row, so the second call is only ever made for an empty sheet.
 */
function sheetValues(sheet: GoogleAppsScript.Spreadsheet.Sheet): Cell[][] {
  try {
    const values = sheet.getSheetValues(1, 1, -1, -1) as Cell[][];
    if (Array.isArray(values) && values.length > 0) return values;
  } catch {
    // an empty sheet: read below
  }
  return sheet.getDataRange().getValues() as Cell[][];
}

/** Makes the wall clock of the sheet's spreadsheet once, and only when a date is read. */
type WallClock = () => Intl.DateTimeFormat;

function lazyWallClock(spreadsheet: () => GoogleAppsScript.Spreadsheet.Spreadsheet): WallClock {
  let wallClock: Intl.DateTimeFormat | undefined;
  return () => (wallClock ??= wallClockOf(spreadsheet().getSpreadsheetTimeZone()));
}

function readValues(sheet: GoogleAppsScript.Spreadsheet.Sheet, name: string, wallClock: WallClock): Sheet {
  const values = sheetValues(sheet);
  for (const row of values) {
    row.forEach((cell, c) => {
      if (cell instanceof Date) row[c] = asShown(cell, wallClock());
    });
  }
  return { name, values };
}

export function readSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): Sheet {
  return readValues(
    sheet,
    sheet.getName(),
    lazyWallClock(() => sheet.getParent()),
  );
}

/**
 * The spreadsheet's grid sheets, in tab order: the one place the add-in lists sheets. getSheets() also lists OBJECT
 * sheets (a chart moved to its own sheet), on which every range call fails.
 */
export function gridSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.Sheet[] {
  return spreadsheet.getSheets().filter((sheet) => sheet.getType() === SpreadsheetApp.SheetType.GRID);
}

/**
 * Every grid sheet's name, id and values, but only the name of a sheet `namesOnly` picks: by default a unit report
 * (the core skips them; reading them would make each batch of a long run of reports slower than the one before): four calls per sheet, nothing per cell. `beforeSheet` runs before each read
 * (progress, deadline).
 */
export function readWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  beforeSheet?: (done: number, total: number) => void,
  namesOnly: (name: string) => boolean = isReportTab,
): LoadedWorkbook {
  const sheets = gridSheets(spreadsheet);
  const sheetIds = new Map<string, number>();
  const wallClock = lazyWallClock(() => spreadsheet);
  const read: Sheet[] = [];
  sheets.forEach((sheet, i) => {
    const name = sheet.getName();
    // A report tab is listed by name only: the core never reads it, and a new year removes it.
    if (namesOnly(name)) return void read.push({ name, values: [] });
    beforeSheet?.(i, sheets.length);
    sheetIds.set(name, sheet.getSheetId());
    read.push(readValues(sheet, name, wallClock));
  });
  return { workbook: { sheets: read }, sheetIds };
}

/**
 * The sheet playing a role of the contract, matched as the core matches names: the exact names first (one call
 * each), then every sheet's name ignoring case, spaces and diacritics.
 */
export function roleSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  role: SheetRole,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  for (const name of SHEET_NAMES[role]) {
    const exact = spreadsheet.getSheetByName(name);
    if (exact) return exact;
  }
  const sheets = gridSheets(spreadsheet);
  const index = new SheetIndex(sheets.map((sheet) => ({ name: sheet.getName(), values: [] })));
  const found = index.role(role);
  return found ? (sheets[index.sheets.indexOf(found.sheet)] ?? null) : null;
}

/**
 * Text that Sheets would not keep as text when written with setValues: a formula ("=…", "+…", "-…", "@…"), a text
 * that already starts with an apostrophe, a boolean word, or anything made only of digits and the marks of numbers,
 * dates, times and percentages ("1.10", "2.3.1", "01/04/2025", "8:30", "95%"), or a number with an exponent.
 */
const READ_AS_OTHER = /^[=+\-@']|^\s*(true|false)\s*$|^[\s\d.,:/%()$€₫-]+$|^\s*\d[\d.,]*e[+-]?\d+\s*$/i;

/**
 * A value written as text. Only text that Sheets would read as something else gets the leading apostrophe that keeps
 * it as typed (Sheets hides it); every other text is written as it is.
 */
export function asText(value: string): string {
  return READ_AS_OTHER.test(value) ? `'${value}` : value;
}

export function toSheetValues(
  rows: readonly (readonly Cell[])[],
  width: number,
): (string | number | boolean | Date)[][] {
  return rows.map((row) => {
    const line: (string | number | boolean | Date)[] = [];
    for (let c = 0; c < width; c++) {
      const value = row[c];
      line.push(
        value === null || value === undefined ? '' : typeof value === 'string' ? asText(value) : value,
      );
    }
    return line;
  });
}
