/**
 * The layout model (src/core/outputs/layout.ts and its builders): how each generated tab looks, decided once for
 * every writer. Widths, looks and places worked out by hand from the contract's tabs.
 */
import { buildExampleWorkbook } from '../../examples/source/build-example';
import { look, PLAIN, wrappedWidth } from '../../src/core/outputs/layout';
import { replacedByReports, reportLayout } from '../../src/core/outputs/report-layout';
import { buildReportTab } from '../../src/core/outputs/report-tab';
import { CLASS_FILLS, HEADER_FILL, TITLE_SIZE } from '../../src/core/outputs/style';
import { generatedLayouts, replacedByGeneratedTabs } from '../../src/core/outputs/tab-layouts';
import { scoreWorkbook } from '../../src/core/score-workbook';

const result = scoreWorkbook(buildExampleWorkbook());
const [ranking, deductions, analysis] = generatedLayouts(result);

describe('looks and widths', () => {
  test('equal looks are one object; a look with nothing set is the plain one', () => {
    expect(look({ bold: true, format: '0.00' })).toBe(look({ format: '0.00', bold: true }));
    expect(look({ bold: false })).toBe(PLAIN);
  });

  test('a header wraps into at most three lines, at spaces, and never narrower than its longest word', () => {
    // "Số điểm chỉ số còn thiếu" at 9: "Số điểm" (7) / "chỉ số" (6, "chỉ số còn" is 10) / "còn thiếu" (9);
    // at 8, "còn thiếu" breaks too: four lines.
    expect(wrappedWidth('Số điểm chỉ số còn thiếu')).toBe(9);
    expect(wrappedWidth('Hạng')).toBe(4);
    expect(wrappedWidth('a bb ccc', 1)).toBe(8);
    expect(wrappedWidth('')).toBe(0);
  });
});

describe('the ranking, deductions and analysis tabs', () => {
  test('three tabs, in order, each with its title and header printed on every page and frozen', () => {
    expect([ranking, deductions, analysis].map((layout) => layout!.name)).toEqual([
      'Xếp hạng',
      'Trừ điểm',
      'Phân tích',
    ]);
    for (const layout of [ranking!, deductions!, analysis!]) {
      expect([layout.frozenRows, layout.printTitleRows, layout.gridlines]).toEqual([2, 2, true]);
      expect(layout.looks[0]![0]).toBe(look({ bold: true, size: TITLE_SIZE, format: '@' }));
      expect(layout.looks[1]!.every((cell) => cell.bold && cell.fill === HEADER_FILL && cell.wrap)).toBe(
        true,
      );
      expect(layout.values.every((row) => row.length === layout.width)).toBe(true);
    }
  });

  test('ranks read as r/N: the 12 ranked districts 0"/12", Vũ Quang (an error) with the plain integer format', () => {
    const rank = ranking!.values[1]!.indexOf('Hạng');
    expect(ranking!.looks[2]![rank]!.format).toBe('0"/12"');
    expect(ranking!.looks[13]![rank]!.format).toBe('0"/12"');
    expect(ranking!.looks[14]![rank]!.format).toBe('0');
  });

  test('the class column is coloured by band, best first; each unit links to its own sheet', () => {
    const classColumn = ranking!.values[1]!.indexOf('Xếp loại');
    const labels = result.bands.map((band) => band.label);
    ranking!.values.slice(2).forEach((row, r) => {
      const at = labels.indexOf(row[classColumn] as string);
      expect(ranking!.looks[r + 2]![classColumn]!.fill).toBe(at < 0 ? null : CLASS_FILLS[at]);
    });
    expect(ranking!.links?.column).toBe(ranking!.values[1]!.indexOf('Đơn vị') + 1);
    expect(ranking!.links?.sheets).toHaveLength(ranking!.values.length - 2);
    expect(ranking!.links?.sheets[0]).toBe(result.units.find((unit) => unit.rank === 1)?.sheet);
  });

  test("one chart for the example's one group, anchored two columns right of the table; the sheet holds it", () => {
    expect(ranking!.charts).toHaveLength(1);
    expect(ranking!.charts[0]!.anchor).toEqual({ row: 3, column: ranking!.width + 2 });
    // 20 rows and 6 columns for the chart from its anchor.
    expect([ranking!.rows, ranking!.columns]).toEqual([22, ranking!.width + 7]);
    expect([deductions!.rows, deductions!.columns]).toEqual([deductions!.values.length, deductions!.width]);
  });

  test("deductions: each unit's total line bold in every cell, the other rows not", () => {
    const criterion = deductions!.values[1]!.indexOf('Tiêu chí');
    deductions!.values.slice(2).forEach((row, r) => {
      const total = row[criterion] === 'Tổng điểm bị mất, bị trừ';
      expect(deductions!.looks[r + 2]!.every((cell) => cell.bold === total)).toBe(true);
    });
  });

  test('the field columns of the ranking are equally wide', () => {
    const fields = ranking!.values[1]!.flatMap((header, c) => (/^\d+\. /.test(String(header)) ? [c] : []));
    expect(fields.length).toBeGreaterThan(1);
    expect(new Set(fields.map((c) => ranking!.widths[c])).size).toBe(1);
  });

  test('rank --out and Recompute replace these tabs by either language, never a unit report', () => {
    expect(replacedByGeneratedTabs('xep hang')).toBe(true);
    expect(replacedByGeneratedTabs('Deductions')).toBe(true);
    expect(replacedByGeneratedTabs('Phân tích')).toBe(true);
    expect(replacedByGeneratedTabs('Báo cáo – Huyện Thạch Hà')).toBe(false);
  });
});

describe("a unit's report reads as a document", () => {
  const unit = result.units.find((candidate) => candidate.unit === 'Huyện Thạch Hà')!;
  const tab = buildReportTab(result, unit, 'Báo cáo – Huyện Thạch Hà');
  const layout = reportLayout(tab);

  test('as wide as its widest table and no wider, without gridlines, the summary merged across', () => {
    expect(layout.width).toBe(9);
    expect([layout.rows, layout.columns]).toEqual([layout.values.length, 9]);
    expect(layout.gridlines).toBe(false);
    expect(layout.merges).toEqual([{ row: 2, column: 1, rows: 1, columns: 9 }]);
    expect([layout.frozenRows, layout.printTitleRows]).toEqual([0, 0]);
  });

  test('the summary row is as tall as its lines: characters over 90 % of the width, 21 pixels a line, and 4', () => {
    const characters = layout.widths.reduce((sum, w) => sum + w, 0);
    const lines = Math.ceil(tab.summary.length / (characters * 0.9));
    expect(layout.heights).toEqual([{ row: 2, pixels: lines * 21 + 4 }]);
  });

  test('no header wraps into more than three lines: a number column is as wide as its header needs', () => {
    for (const table of tab.tables) {
      table.columns.forEach((column, c) => {
        // 2 characters of padding around what the column holds.
        expect(layout.widths[c]! - 2).toBeGreaterThanOrEqual(
          Math.min(wrappedWidth(column.header), column.width),
        );
      });
    }
    // "Số đơn vị xếp hạng" (fields, column G, numbers of two digits): "Số đơn" / "vị xếp" / "hạng" at 6 (at 5,
    // "Số" / "đơn" / "vị" / …), + 2; its longest word alone, as before, gave 4 + 2 and five lines.
    expect(layout.widths[6]).toBe(8);
  });

  test('landscape, one page wide; writing it replaces a sheet of its name, case and accents aside, and no other', () => {
    expect(layout.orientation).toBe('landscape');
    expect(replacedByReports([layout], 'BÁO CÁO – huyen thach ha')).toBe(true);
    expect(replacedByReports([layout], 'Báo cáo – Huyện Thạch Hà 2')).toBe(false);
    expect(replacedByReports([layout], 'Thạch Hà')).toBe(false);
  });

  test('the title in 13 points, headings bold, table headers bold on grey', () => {
    expect(layout.looks[0]![0]).toBe(look({ bold: true, size: TITLE_SIZE }));
    for (const line of tab.lines.filter((candidate) => candidate.heading))
      expect(layout.looks[line.at]![0]!.bold).toBe(true);
    for (const table of tab.tables)
      expect(
        layout.looks[table.at]!.slice(0, table.columns.length).every((cell) => cell.fill === HEADER_FILL),
      ).toBe(true);
  });
});
