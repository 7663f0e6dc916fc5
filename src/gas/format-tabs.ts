/** Formatting of the generated tabs, batched: a handful of calls per tab, a few per group, none per unit. */
import type { DeductionsTab } from '../core/outputs/deductions-tab';
import type { RankingTab } from '../core/outputs/ranking-tab';
import { NUMBER_FORMATS, type Tab } from '../core/outputs/tab';

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
  }
  sheet.protect().setDescription(description).setWarningOnly(true);
}

const CHART_ROWS = 20;

/** Where the chart of each group is anchored: to the right of the ranking, one below another. */
function chartAnchor(section: number, columns: number): { row: number; column: number } {
  return { row: 2 + section * CHART_ROWS, column: columns + 2 };
}

/** The size the ranking sheet needs so that every chart's anchor cell lies inside it. */
export function rankingMinimum(tab: RankingTab): { rows: number; columns: number } {
  const last = chartAnchor(Math.max(0, tab.sections.length - 1), tab.columns.length);
  return { rows: last.row, columns: last.column };
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
    const colours = tab.units.map((unit) => {
      const at = unit.class === null ? -1 : classLabels.indexOf(unit.class);
      return [at < 0 ? null : (CLASS_COLOURS[Math.min(at, CLASS_COLOURS.length - 1)] as string)];
    });
    sheet.getRange(2, tab.classColumn + 1, rows, 1).setBackgrounds(colours as string[][]);
    const links = tab.units.map((unit) => {
      const builder = SpreadsheetApp.newRichTextValue().setText(unit.unit);
      const id = sheetIds.get(unit.sheet);
      return [(id === undefined ? builder : builder.setLinkUrl(`#gid=${id}`)).build()];
    });
    sheet.getRange(2, tab.unitColumn + 1, rows, 1).setRichTextValues(links);
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
        .addRange(sheet.getRange(section.start + 2, tab.unitColumn + 1, ranked, 1))
        .addRange(sheet.getRange(section.start + 2, tab.indexColumn + 1, ranked, 1))
        .setPosition(chartAnchor(i, columns).row, chartAnchor(i, columns).column, 0, 0)
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
