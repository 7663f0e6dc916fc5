/**
 * A unit report's layout, laid out to read as a document when printed: the title, the summary merged across the
 * tables' width (its height counted from its length, since neither Sheets nor Excel grows a merged row), each part's
 * heading, and its table with a filled header row. Columns the tables share are as wide as the widest of them needs
 * (a header wraps into at most a few lines), the sheet ends at the last column a table uses, and without gridlines.
 */
import { foldKey } from '../basics/text';
import { look, paddedWidth, PLAIN, type Look, type SheetLayout } from './layout';
import { reportColumnWidth, reportValues, SUMMARY_ROW, type ReportTab } from './report-tab';
import { HEADER_FILL, HEADING_SIZE, LINE_PIXELS, TITLE_SIZE } from './style';
import { NUMBER_FORMATS } from './tab';

/** Share of a row's width the summary's text fills on a line, on average, once wrapped at word boundaries. */
const LINE_FILL = 0.9;

/** Whether writing these reports replaces the existing sheet of this name: one of theirs, case and accents aside. */
export function replacedByReports(reports: readonly SheetLayout[], name: string): boolean {
  const key = foldKey(name);
  return reports.some((report) => foldKey(report.name) === key);
}

export function reportLayout(tab: ReportTab): SheetLayout {
  const values = reportValues(tab);
  const width = tab.width;
  const plain: readonly Look[] = new Array<Look>(width).fill(PLAIN);
  const looks: (readonly Look[])[] = values.map(() => plain);
  const set = (r: number, c: number, cell: Look): void => {
    if (looks[r] === plain) looks[r] = [...plain];
    (looks[r] as Look[])[c] = cell;
  };
  set(0, 0, look({ bold: true, size: TITLE_SIZE }));
  set(SUMMARY_ROW, 0, look({ wrap: true }));
  for (const line of tab.lines) if (line.heading) set(line.at, 0, look({ bold: true, size: HEADING_SIZE }));
  for (const table of tab.tables) {
    const groups = new Set(table.groupRows);
    table.columns.forEach((column, c) => {
      set(table.at, c, look({ bold: true, fill: HEADER_FILL, wrap: true, format: '@' }));
      const format = NUMBER_FORMATS[column.format] ?? '@';
      table.rows.forEach((_, r) =>
        set(table.at + 1 + r, c, look({ format, wrap: column.wrap, bold: groups.has(r) })),
      );
    });
  }
  const widths = Array.from({ length: width }, (_, c) => paddedWidth(reportColumnWidth(tab, c)));
  const characters = widths.reduce((sum, w) => sum + w, 0);
  const lines = Math.max(1, Math.ceil(tab.summary.length / (characters * LINE_FILL)));
  return {
    name: tab.name,
    values,
    width,
    looks,
    widths,
    heights: [{ row: SUMMARY_ROW + 1, pixels: lines * LINE_PIXELS + 4 }],
    merges: [{ row: SUMMARY_ROW + 1, column: 1, rows: 1, columns: width }],
    frozenRows: 0,
    printTitleRows: 0,
    // The fields table is nine columns wide.
    orientation: 'landscape',
    gridlines: false,
    links: null,
    charts: [],
    rows: values.length,
    columns: width,
  };
}
