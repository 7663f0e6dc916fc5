/**
 * One layout, painted three ways: the add-in's painter on the fake (the built bundle's Recompute and Build
 * reports), the .xlsx graft of `rank --out` and exceljs's report tabs give every cell of every generated tab the
 * same look — bold, font size, fill, number format, wrap, the line above a group — and the same widths, heights,
 * merges, frozen rows and gridlines. The layouts come from the core (src/core/outputs/layout.ts); nothing here
 * restates them, except a few looks checked by hand below.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { writeReportTabs } from '../../src/cli/write-report-tabs';
import { withGeneratedTabs } from '../../src/cli/xlsx-out';
import { buildReportTabs } from '../../src/core/outputs/report-tab';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Workbook } from '../../src/core/types';
import { EXAMPLE, exampleWorkbook, loadBundle, type LoadedBundle } from './bundle';

const TABS = ['Xếp hạng', 'Trừ điểm', 'Phân tích'];
const UNIT = 'Huyện Thạch Hà';
const REPORT = `Báo cáo – ${UNIT}`;

interface CellLook {
  bold: boolean;
  size: number | null;
  fill: string | null;
  format: string | null;
  wrap: boolean;
  line: boolean;
}

interface PaintedTab {
  rows: number;
  columns: number;
  cells: CellLook[][];
  /** In characters (Sheets: pixels ÷ 7). */
  widths: number[];
  /** Rows of a height other than the default, in points (Sheets: pixels × 0.75). */
  heights: Record<number, number>;
  merges: string[];
  frozenRows: number;
  gridlines: boolean;
}

/** The tab as the fake holds it, over `rows` × `columns` (the sheet's whole size). */
function inSheets(bundle: LoadedBundle, name: string): PaintedTab {
  return bundle.env.uncounted(() => {
    const sheet = bundle.env.spreadsheet.getSheetByName(name)!;
    const rows = sheet.getMaxRows();
    const columns = sheet.getLastColumn();
    const range = sheet.getRange(1, 1, sheet.getLastRow(), columns);
    const [weights, sizes, fills, formats, wraps] = [
      range.getFontWeights(),
      range.getFontSizes(),
      range.getBackgrounds(),
      range.getNumberFormats(),
      range.getWraps(),
    ];
    const cells = weights.map((row, r) =>
      row.map((weight, c) => ({
        bold: weight === 'bold',
        size: sizes[r]![c] === 10 ? null : sizes[r]![c]!,
        fill: fills[r]![c] === '#ffffff' ? null : fills[r]![c]!,
        format: formats[r]![c] === '0.###############' ? null : formats[r]![c]!,
        wrap: wraps[r]![c]!,
        line: bundle.env.cell(name, `${String.fromCharCode(65 + c)}${r + 1}`).borders.top !== null,
      })),
    );
    const heights: Record<number, number> = {};
    for (let r = 1; r <= rows; r++)
      if (sheet.getRowHeight(r) !== 21) heights[r] = sheet.getRowHeight(r) * 0.75;
    return {
      rows,
      columns: sheet.getMaxColumns(),
      cells,
      widths: Array.from({ length: columns }, (_, c) => sheet.getColumnWidth(c + 1) / 7),
      heights,
      merges: sheet
        .getRange(1, 1, rows, sheet.getMaxColumns())
        .getMergedRanges()
        .map((merge) => merge.getA1Notation()),
      frozenRows: sheet.getFrozenRows(),
      gridlines: !sheet.hasHiddenGridlines(),
    };
  });
}

/** The same of a worksheet exceljs read back; `size` is the fake's, which an .xlsx does not hold. */
function inXlsx(worksheet: ExcelJS.Worksheet, size: { rows: number; columns: number }): PaintedTab {
  const cells: CellLook[][] = [];
  const heights: Record<number, number> = {};
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    if (row.height !== undefined) heights[r] = row.height;
    cells.push(
      Array.from({ length: worksheet.columnCount }, (_, c) => {
        const cell = row.getCell(c + 1);
        const fill =
          cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? cell.fill.fgColor?.argb : null;
        return {
          bold: cell.font?.bold === true,
          // The .xlsx default font is 11 points; a font of the layout without a size reads as undefined.
          size: cell.font?.size === undefined || cell.font.size === 11 ? null : cell.font.size,
          fill: fill ? `#${fill.slice(2).toLowerCase()}` : null,
          format: cell.numFmt ?? null,
          wrap: cell.alignment?.wrapText === true,
          line: cell.border?.top?.style === 'medium',
        };
      }),
    );
  }
  const view = worksheet.views[0] as { ySplit?: number; showGridLines?: boolean } | undefined;
  return {
    ...size,
    cells,
    // exceljs leaves out a column of its default width, 9.
    widths: Array.from({ length: worksheet.columnCount }, (_, c) => worksheet.getColumn(c + 1).width ?? 9),
    heights,
    merges: (worksheet.model as { merges?: string[] }).merges ?? [],
    frozenRows: view?.ySplit ?? 0,
    gridlines: view?.showGridLines !== false,
  };
}

/** Cells a merge hides (all but its top left) show nothing of their own: exceljs gives them the top left's look. */
function hideMerged(tab: PaintedTab): PaintedTab {
  for (const merge of tab.merges) {
    const [, first, top, last, bottom] = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(merge)!;
    for (let r = Number(top); r <= Number(bottom); r++)
      for (let c = first!.charCodeAt(0) - 64; c <= last!.charCodeAt(0) - 64; c++)
        if (r !== Number(top) || c !== first!.charCodeAt(0) - 64) delete tab.cells[r - 1]![c - 1];
  }
  return tab;
}

async function readBook(data: Uint8Array | ExcelJS.Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as ExcelJS.Buffer);
  return book;
}

describe('the generated tabs look the same in Sheets and in the .xlsx, cell by cell', () => {
  let workbook: Workbook;
  let bundle: LoadedBundle;
  let grafted: ExcelJS.Workbook;
  let reports: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await exampleWorkbook();
    bundle = loadBundle(workbook);
    bundle.call('recomputeRanking');
    bundle.call('buildReports', [UNIT]);
    const result = scoreWorkbook(workbook);
    grafted = await readBook(await withGeneratedTabs(readFileSync(EXAMPLE), result));
    const book = new ExcelJS.Workbook();
    const unit = result.units.find((candidate) => candidate.unit === UNIT)!;
    writeReportTabs(book, buildReportTabs(result, [unit]));
    reports = await readBook(await book.xlsx.writeBuffer());
  });

  test.each(TABS)('%s: the graft of rank --out paints what the add-in paints', (name) => {
    const sheets = inSheets(bundle, name);
    expect(inXlsx(grafted.getWorksheet(name)!, sheets)).toEqual(sheets);
  });

  test("a unit's report: exceljs paints what the add-in paints", () => {
    const sheets = hideMerged(inSheets(bundle, REPORT));
    expect(hideMerged(inXlsx(reports.getWorksheet(REPORT)!, sheets))).toEqual(sheets);
  });

  test('by hand: the title in 13 points, the header bold on grey, the deductions totals bold in both', () => {
    const ranking = inSheets(bundle, 'Xếp hạng');
    expect(ranking.cells[0]![0]).toMatchObject({ bold: true, size: 13 });
    expect(ranking.cells[1]!.every((cell) => cell.bold && cell.fill === '#e8eaed')).toBe(true);
    expect(ranking.frozenRows).toBe(2);
    const values = bundle.env.snapshot()['Trừ điểm']!;
    const total = values.findIndex((row) => row[2] === 'Tổng điểm bị mất, bị trừ');
    expect(total).toBeGreaterThan(2);
    for (const tab of [inSheets(bundle, 'Trừ điểm'), inXlsx(grafted.getWorksheet('Trừ điểm')!, ranking)]) {
      expect(tab.cells[total]!.every((cell) => cell.bold)).toBe(true);
      expect(tab.cells[total - 1]!.some((cell) => cell.bold)).toBe(false);
    }
  });

  test('by hand: the report prints as a document: one summary row height, no gridlines, no empty columns', () => {
    const report = inSheets(bundle, REPORT);
    const values = bundle.env.snapshot()[REPORT]!;
    // The fields table is the widest: code, field, points, max, index, rank, units ranked, average, best.
    expect(report.columns).toBe(9);
    expect(report.rows).toBe(values.length);
    expect(report.gridlines).toBe(false);
    expect(report.merges).toEqual(['A2:I2']);
    expect(Object.keys(report.heights)).toEqual(['2']);
  });
});
