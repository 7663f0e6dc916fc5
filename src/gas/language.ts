import type { Language } from '../core/types';

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
