/**
 * insertSheet activates the sheet it makes. Around work that may insert sheets, the person is given back the sheet
 * they were on when a sheet was inserted, and only then: one who moved to another sheet meanwhile stays there.
 */
export function keepingActiveSheet<T>(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  work: () => T,
): T {
  const active = spreadsheet.getActiveSheet();
  const sheets = spreadsheet.getNumSheets();
  const result = work();
  if (spreadsheet.getNumSheets() > sheets) spreadsheet.setActiveSheet(active);
  return result;
}
