/** Formatting of the generated tabs, batched: a handful of calls per tab, a few per group, none per unit. */
import type { DeductionsTab } from '../core/outputs/deductions-tab';
import type { RankingTab } from '../core/outputs/ranking-tab';
import { columnIndex, NUMBER_FORMATS, type Tab } from '../core/outputs/tab';

const CLASS_COLOURS = ['#b7e1cd', '#d9ead3', '#fff2cc', '#fce5cd', '#f4cccc'];
const HEADER_BACKGROUND = '#e8eaed';

function formatCommon(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  tab: Tab,
  rows: number,
  columns: number,
  description: string,
): void {
  sheet.getRange(1, 1, 1, columns).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  sheet.setFrozenRows(1);
  if (rows > 0) {
    tab.columns.forEach((column, c) => {
      const format = NUMBER_FORMATS[column.format];
      if (format) sheet.getRange(2, c + 1, rows, 1).setNumberFormat(format);
    });
    const wraps = tab.columns.map((column) => column.wrap);
    if (wraps.some(Boolean)) sheet.getRange(2, 1, rows, columns).setWraps(tab.rows.map(() => wraps));
  }
  sheet.protect().setDescription(description).setWarningOnly(true);
}

export function formatRanking(
  tab: RankingTab,
  classLabels: readonly string[],
  sheetIds: ReadonlyMap<string, number>,
  description: string,
): (sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number) => void {
  return (sheet, rows, columns) => {
    formatCommon(sheet, tab, rows, columns, description);
    if (rows === 0) return;
    const classColumn = columnIndex(tab, 'class');
    const unitColumn = columnIndex(tab, 'unit');
    const indexColumn = columnIndex(tab, 'index');
    const colours = tab.units.map((unit) => {
      const at = unit.class === null ? -1 : classLabels.indexOf(unit.class);
      return [at < 0 ? null : (CLASS_COLOURS[Math.min(at, CLASS_COLOURS.length - 1)] as string)];
    });
    sheet.getRange(2, classColumn + 1, rows, 1).setBackgrounds(colours as string[][]);
    const links = tab.units.map((unit) => {
      const builder = SpreadsheetApp.newRichTextValue().setText(unit.unit);
      const id = sheetIds.get(unit.sheet);
      return [(id === undefined ? builder : builder.setLinkUrl(`#gid=${id}`)).build()];
    });
    sheet.getRange(2, unitColumn + 1, rows, 1).setRichTextValues(links);
    tab.sections.forEach((section, i) => {
      if (i > 0) {
        sheet
          .getRange(section.start + 2, 1, 1, columns)
          .setBorder(true, null, null, null, null, null, '#5f6368', SpreadsheetApp.BorderStyle.SOLID_MEDIUM);
      }
      const ranked = tab.units
        .slice(section.start, section.start + section.count)
        .filter((unit) => unit.rank !== null).length;
      if (ranked === 0) return;
      const chart = sheet
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(sheet.getRange(section.start + 2, unitColumn + 1, ranked, 1))
        .addRange(sheet.getRange(section.start + 2, indexColumn + 1, ranked, 1))
        .setPosition(2 + i * 20, columns + 2, 0, 0)
        .setOption('title', section.group ?? '')
        .setOption('legend', { position: 'none' })
        .build();
      sheet.insertChart(chart);
    });
    sheet.autoResizeColumns(1, columns);
  };
}

export function formatDeductions(
  tab: DeductionsTab,
  description: string,
): (sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number) => void {
  return (sheet, rows, columns) => {
    formatCommon(sheet, tab, rows, columns, description);
    sheet.autoResizeColumns(1, columns);
  };
}
