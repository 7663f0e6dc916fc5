/** Formatting of the generated tabs, batched: a handful of calls per tab, a few per group, none per unit. */
import { CHART_ROWS, type AnalysisTab } from '../core/outputs/analysis-tab';
import type { DeductionsTab } from '../core/outputs/deductions-tab';
import type { RankingTab } from '../core/outputs/ranking-tab';
import {
  columnIndex,
  FIRST_DATA_ROW,
  HEADER_ROW,
  NUMBER_FORMATS,
  rankOutOfFormat,
  TITLE_ROW,
  type Tab,
} from '../core/outputs/tab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Formatter = (sheet: Sheet, rows: number, columns: number) => void;
/** Protects a generated tab for the secretariat (protections.ts). */
type Protect = (sheet: Sheet) => void;

const CLASS_COLOURS = ['#b7e1cd', '#d9ead3', '#fff2cc', '#fce5cd', '#f4cccc'];
const HEADER_BACKGROUND = '#e8eaed';
/** Pixels per character of a width hint (Arial 10). */
const CHARACTER_PIXELS = 7;

/** Title, header and data formats, widths from content, wrapped long text, the header rows frozen. */
function formatCommon(sheet: Sheet, tab: Tab, rows: number, columns: number, protect: Protect): void {
  sheet.getRange(TITLE_ROW, 1).setFontWeight('bold');
  sheet
    .getRange(HEADER_ROW, 1, 1, columns)
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true);
  sheet.setFrozenRows(HEADER_ROW);
  // Sheets fits the other columns to their content; long text wraps at its column's width hint.
  sheet.autoResizeColumns(1, columns);
  tab.columns.forEach((column, c) => {
    if (column.wrap) sheet.setColumnWidth(c + 1, column.width * CHARACTER_PIXELS);
  });
  if (rows > 0) {
    tab.columns.forEach((column, c) => {
      const format = NUMBER_FORMATS[column.format];
      if (format) sheet.getRange(FIRST_DATA_ROW, c + 1, rows, 1).setNumberFormat(format);
    });
    const wraps = tab.columns.map((column) => column.wrap);
    if (wraps.some(Boolean))
      sheet.getRange(FIRST_DATA_ROW, 1, rows, columns).setWraps(tab.rows.map(() => wraps));
  }
  protect(sheet);
}

/** Rows between two charts anchored one below another. */
const CHART_SPACING_ROWS = 20;

/** Where a tab's n-th chart is anchored: to the right of its columns, one below another. */
function chartAnchor(n: number, columns: number): { row: number; column: number } {
  return { row: FIRST_DATA_ROW + n * CHART_SPACING_ROWS, column: columns + 2 };
}

/** The size a tab's sheet needs so that the anchor cell of each of its `charts` lies inside it. */
export function chartsMinimum(charts: number, columns: number): { rows: number; columns: number } {
  const last = chartAnchor(Math.max(0, charts - 1), columns);
  return { rows: last.row, columns: last.column };
}

/** A bar chart of a label column against a value column over `count` data rows from `start` (0-based). */
function barChart(sheet: Sheet, start: number, count: number, label: number, value: number, title: string) {
  return sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(FIRST_DATA_ROW + start, label + 1, count, 1))
    .addRange(sheet.getRange(FIRST_DATA_ROW + start, value + 1, count, 1))
    .setOption('title', title)
    .setOption('legend', { position: 'none' });
}

export function formatRanking(
  tab: RankingTab,
  classLabels: readonly string[],
  sheetIds: ReadonlyMap<string, number>,
  protect: Protect,
): Formatter {
  return (sheet, rows, columns) => {
    formatCommon(sheet, tab, rows, columns, protect);
    if (rows === 0) return;
    const classColumn = columnIndex(tab, 'class');
    const unitColumn = columnIndex(tab, 'unit');
    const rankColumn = columnIndex(tab, 'rank');
    const colours = tab.units.map((unit) => {
      const at = unit.class === null ? -1 : classLabels.indexOf(unit.class);
      return [at < 0 ? null : (CLASS_COLOURS[Math.min(at, CLASS_COLOURS.length - 1)] as string)];
    });
    sheet.getRange(FIRST_DATA_ROW, classColumn + 1, rows, 1).setBackgrounds(colours as string[][]);
    // One builder for every row: each row sets its own text and link (none clears the last row's), build() copies them.
    const builder = SpreadsheetApp.newRichTextValue();
    const links = tab.units.map((unit) => {
      const id = sheetIds.get(unit.sheet);
      return [
        builder
          .setText(unit.unit)
          .setLinkUrl(id === undefined ? null : `#gid=${id}`)
          .build(),
      ];
    });
    sheet.getRange(FIRST_DATA_ROW, unitColumn + 1, rows, 1).setRichTextValues(links);
    tab.sections.forEach((section, i) => {
      if (i > 0) {
        sheet
          .getRange(FIRST_DATA_ROW + section.start, 1, 1, columns)
          .setBorder(true, null, null, null, null, null, '#5f6368', SpreadsheetApp.BorderStyle.SOLID_MEDIUM);
      }
      if (section.ranked === 0) return;
      sheet
        .getRange(FIRST_DATA_ROW + section.start, rankColumn + 1, section.ranked, 1)
        .setNumberFormat(rankOutOfFormat(section.ranked));
      const index = columnIndex(tab, 'index');
      const chart = barChart(sheet, section.start, section.ranked, unitColumn, index, section.group ?? '');
      const anchor = chartAnchor(i, columns);
      sheet.insertChart(chart.setPosition(anchor.row, anchor.column, 0, 0).build());
    });
  };
}

export function formatDeductions(tab: DeductionsTab, protect: Protect): Formatter {
  return (sheet, rows, columns) => formatCommon(sheet, tab, rows, columns, protect);
}

/** Per group and criteria set, a bar chart of the criteria with most points lost, anchored inside the sheet. */
export function formatAnalysis(tab: AnalysisTab, protect: Protect): Formatter {
  return (sheet, rows, columns) => {
    formatCommon(sheet, tab, rows, columns, protect);
    const code = columnIndex(tab, 'code');
    const amount = columnIndex(tab, 'amount');
    let charts = 0;
    for (const section of tab.sections) {
      const lost = tab.rows
        .slice(section.start, section.start + Math.min(CHART_ROWS, section.count))
        .filter((row) => (row[amount] as number) > 0).length;
      if (lost === 0) continue;
      const chart = barChart(sheet, section.start, lost, code, amount, section.title);
      const anchor = chartAnchor(charts++, columns);
      sheet.insertChart(chart.setPosition(anchor.row, anchor.column, 0, 0).build());
    }
  };
}
