/**
 * Writes one unit report tab in place, in a fixed handful of calls whatever its length: a tab that exists keeps
 * its sheet (and id); it is cleared and unmerged, then given its values and each format in one call over the tab.
 */
import { reportColumnWidth, reportValues, SUMMARY_ROW, type ReportTab } from '../core/outputs/report-tab';
import { NUMBER_FORMATS } from '../core/outputs/tab';
import { toSheetValues } from './workbook-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Weight = 'bold' | 'normal';

const HEADER_BACKGROUND = '#e8eaed';
/** Pixels per character of a width (Arial 10), and per line of text. */
const CHARACTER_PIXELS = 7;
const LINE_PIXELS = 21;

/** Per cell of the tab: bold, background, wrap and number format, from its lines' and tables' roles. */
function cellFormats(tab: ReportTab, height: number) {
  const grid = <T>(value: T): T[][] =>
    Array.from({ length: height }, () => new Array<T>(tab.width).fill(value));
  const weights = grid<Weight>('normal');
  const backgrounds = grid<string | null>(null);
  const wraps = grid(false);
  (weights[0] as Weight[])[0] = 'bold';
  (wraps[SUMMARY_ROW] as boolean[])[0] = true;
  for (const line of tab.lines) if (line.heading) (weights[line.at] as Weight[])[0] = 'bold';
  const tables = tab.tables.map((table) => {
    table.columns.forEach((column, c) => {
      (weights[table.at] as Weight[])[c] = 'bold';
      (backgrounds[table.at] as (string | null)[])[c] = HEADER_BACKGROUND;
      (wraps[table.at] as boolean[])[c] = true;
      table.rows.forEach((_, r) => ((wraps[table.at + 1 + r] as boolean[])[c] = column.wrap));
    });
    for (const r of table.groupRows)
      (weights[table.at + 1 + r] as Weight[]).fill('bold', 0, table.columns.length);
    const formats = table.rows.map(() => table.columns.map((column) => NUMBER_FORMATS[column.format] ?? '@'));
    return { row: table.at + 2, columns: table.columns.length, formats };
  });
  return { weights, backgrounds, wraps, tables };
}

/** Writes the tab at the end of the tabs, or over its sheet when there is one (insertSheet activates the new sheet). */
export function writeReportSheet(
  spreadsheet: Spreadsheet,
  tab: ReportTab,
  protect: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void,
): void {
  const values = toSheetValues(reportValues(tab), tab.width);
  const height = values.length;
  let sheet = spreadsheet.getSheetByName(tab.name);
  if (sheet) {
    sheet.clear();
    sheet.getDataRange().breakApart();
  } else sheet = spreadsheet.insertSheet(tab.name, spreadsheet.getNumSheets());
  const maxRows = sheet.getMaxRows();
  if (height > maxRows) sheet.insertRowsAfter(maxRows, height - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (tab.width > maxColumns) sheet.insertColumnsAfter(maxColumns, tab.width - maxColumns);
  const all = sheet.getRange(1, 1, height, tab.width);
  all.setValues(values);
  const formats = cellFormats(tab, height);
  all
    .setFontWeights(formats.weights)
    .setBackgrounds(formats.backgrounds as string[][])
    .setWraps(formats.wraps);
  for (const table of formats.tables)
    if (table.formats.length > 0)
      sheet.getRange(table.row, 1, table.formats.length, table.columns).setNumberFormats(table.formats);
  sheet.getRange(1, 1).setFontSize(13);
  let widthPixels = 0;
  for (let c = 0; c < tab.width; c++) {
    const pixels = (reportColumnWidth(tab, c) + 2) * CHARACTER_PIXELS;
    sheet.setColumnWidth(c + 1, pixels);
    widthPixels += pixels;
  }
  // Sheets does not grow a merged row to its wrapped text: the summary's lines are counted from its width.
  sheet.getRange(SUMMARY_ROW + 1, 1, 1, tab.width).merge();
  const lines = Math.ceil((tab.summary.length * CHARACTER_PIXELS) / Math.max(1, widthPixels * 0.9));
  sheet.setRowHeight(SUMMARY_ROW + 1, Math.max(1, lines) * LINE_PIXELS + 4);
  protect(sheet);
}
