import { type Language, languageOf, SheetIndex } from '../core';
import { gridSheets } from './workbook-io';

/** The menu's language: Vietnamese unless the spreadsheet's (or, in AuthMode.NONE, the user's) locale is another. */
export function menuLanguage(canReadSpreadsheet: boolean): Language {
  let locale: string;
  try {
    locale = canReadSpreadsheet
      ? SpreadsheetApp.getActive().getSpreadsheetLocale()
      : Session.getActiveUserLocale();
  } catch {
    locale = '';
  }
  return locale === '' || locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** The workbook's language as the core decides it from the sheets' names, read without reading any cell. */
export function workbookLanguage(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Language {
  const sheets = gridSheets(spreadsheet).map((sheet) => ({ name: sheet.getName(), values: [] }));
  return languageOf(new SheetIndex(sheets));
}
