/**
 * Rewriting generated tabs on a fake as strict as Google's documentation: merges that partly overlap throw, a
 * spreadsheet holds at most 10 million cells (a new sheet takes 1000 × 26 of them), and charts have ids.
 */
import { generateWorkbook } from '../../scripts/generate-workbook';
import { reportLayout } from '../../src/core/outputs/report-layout';
import { buildReportTab } from '../../src/core/outputs/report-tab';
import { generatedLayouts } from '../../src/core/outputs/tab-layouts';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Workbook } from '../../src/core/types';
import type { ReportsDto } from '../../src/shared/api';
import { exampleWorkbook, loadBundle, type LoadedBundle } from './bundle';

const UNIT = 'Huyện Thạch Hà';
const TAB = `Báo cáo – ${UNIT}`;

function size(bundle: LoadedBundle, name: string): [number, number] {
  return bundle.env.uncounted(() => {
    const sheet = bundle.env.spreadsheet.getSheetByName(name)!;
    return [sheet.getMaxRows(), sheet.getMaxColumns()];
  });
}

function merges(bundle: LoadedBundle, name: string): string[] {
  return bundle.env.uncounted(() => {
    const sheet = bundle.env.spreadsheet.getSheetByName(name)!;
    return sheet
      .getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns())
      .getMergedRanges()
      .map((range) => range.getA1Notation());
  });
}

describe("a unit's report rewritten narrower", () => {
  let workbook: Workbook;
  beforeAll(async () => {
    workbook = await exampleWorkbook();
  });

  test('after the unit gains an error, its report is rewritten: the old summary merge does not get in the way', () => {
    const bundle = loadBundle(workbook);
    bundle.call('buildReports', [UNIT]);
    // A scored unit's report is as wide as its fields table: 9 columns, the summary merged across them.
    expect(merges(bundle, TAB)).toEqual(['A2:I2']);
    // "Số liệu kê khai" of 1.1.2 (tasks done out of tasks planned) becomes text: the unit has an error.
    bundle.env.uncounted(() =>
      bundle.env.spreadsheet.getSheetByName('Thạch Hà')!.getRange('D6').setValue('abc'),
    );
    const result = bundle.call<ReportsDto>('buildReports', [UNIT]);
    expect(result.written).toEqual([TAB]);
    // A report of errors and history: three columns (cell, error, sheet).
    expect(merges(bundle, TAB)).toEqual(['A2:C2']);
    expect(size(bundle, TAB)[1]).toBe(3);
  });
});

describe('every sheet the add-in writes is sized to what it holds', () => {
  test('the generated tabs and a report: exactly their rows and columns, and the room their charts take', async () => {
    const workbook = await exampleWorkbook();
    const bundle = loadBundle(workbook);
    bundle.call('recomputeRanking');
    bundle.call('buildReports', [UNIT]);
    const result = scoreWorkbook(workbook);
    for (const layout of generatedLayouts(result)) {
      expect(size(bundle, layout.name)).toEqual([layout.rows, layout.columns]);
    }
    const unit = result.units.find((candidate) => candidate.unit === UNIT)!;
    const report = reportLayout(buildReportTab(result, unit, TAB));
    expect(size(bundle, TAB)).toEqual([report.values.length, report.width]);
    // The ranking tab: 13 units under a title and a header, 15 rows; its one chart (one group) is anchored at
    // row 3, two columns right of the table, and takes 20 rows and 6 columns: 22 rows.
    const ranking = generatedLayouts(result)[0]!;
    expect(size(bundle, 'Xếp hạng')).toEqual([3 + 20 - 1, ranking.width + 2 + 6 - 1]);
  });

  test('all reports of 200 units fit in a spreadsheet: the 200 unit sheets are 1000 × 26 as Set up leaves them', () => {
    // 200 unit sheets and 3 others of 26,000 cells are 5.28 million; 200 reports at the default size add 5.2 million,
    // past the 10 million cells a spreadsheet holds.
    const bundle = loadBundle(generateWorkbook({ units: 200, criteria: 12, groups: 2, seed: 5 }));
    let remaining: string[] | 'all' = 'all';
    let written = 0;
    for (let call = 0; call < 10 && (remaining === 'all' || remaining.length > 0); call++) {
      const result: ReportsDto = bundle.call<ReportsDto>('buildReports', remaining);
      written += result.written.length;
      remaining = result.remaining;
    }
    expect(written).toBe(200);
    expect(remaining).toEqual([]);
  }, 120_000);
});

describe('charts keep their ids across recomputes', () => {
  test('the ranking and analysis charts are changed in place, not removed and inserted again', async () => {
    const bundle = loadBundle(await exampleWorkbook());
    const ids = (): Record<string, (number | null)[]> =>
      bundle.env.uncounted(() =>
        Object.fromEntries(
          ['Xếp hạng', 'Phân tích'].map((name) => [
            name,
            bundle.env.spreadsheet
              .getSheetByName(name)!
              .getCharts()
              .map((chart) => chart.getChartId()),
          ]),
        ),
      );
    bundle.call('recomputeRanking');
    const first = ids();
    expect(first['Xếp hạng']).toHaveLength(1);
    expect(first['Phân tích']).toHaveLength(1);
    bundle.call('recomputeRanking');
    expect(ids()).toEqual(first);
  });
});

describe('Set up sizes the unit sheets it creates', () => {
  test("a unit sheet holds its criteria's rows and the columns up to its PAR_SCORE column, L", () => {
    const bundle = loadBundle({ sheets: [] });
    bundle.call('setupWorkbook');
    const [rows, columns] = size(bundle, 'Đơn vị mẫu 1');
    const values = bundle.env.snapshot()['Đơn vị mẫu 1']!;
    // The header and one row per criterion; the eleven columns of a unit sheet (Explanation and Re-appraised score
    // included), then L2 holds =PAR_SCORE(…), the last column.
    expect(rows).toBe(values.length);
    expect(columns).toBe(12);
    expect(bundle.env.cell('Đơn vị mẫu 1', 'L2').formula).toMatch(/^=PAR_SCORE\(/);
  });
});

describe('a temporary sheet an earlier version left beside a tab', () => {
  test('is removed by the next recompute, and nothing else is', async () => {
    const workbook = await exampleWorkbook();
    const bundle = loadBundle({
      sheets: [...workbook.sheets, { name: 'Xếp hạng ~', values: [['Xếp hạng', 'cũ']] }],
    });
    bundle.call('recomputeRanking');
    const names = Object.keys(bundle.env.snapshot());
    expect(names).not.toContain('Xếp hạng ~');
    expect(names).toEqual([
      ...workbook.sheets.map((sheet) => sheet.name),
      'Xếp hạng',
      'Trừ điểm',
      'Phân tích',
    ]);
  });
});

describe('a generated tab without data rows', () => {
  test('keeps one row below its frozen title and header, so rewriting it trims no frozen row away', () => {
    // Every unit scores full marks: no deductions; Sheets refuses to delete every row that is not frozen.
    const full = {
      sheets: [
        {
          name: 'Tiêu chí',
          values: [
            ['Mã', 'Tiêu chí', 'Điểm tối đa'],
            ['1', 'Chỉ đạo', 10],
          ],
        },
        {
          name: 'Đơn vị',
          values: [
            ['Đơn vị', 'Tên sheet'],
            ['Huyện A', 'A'],
            ['Huyện B', 'B'],
          ],
        },
        {
          name: 'A',
          values: [
            ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm'],
            ['1', 'Chỉ đạo', 10, 10],
          ],
        },
        {
          name: 'B',
          values: [
            ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm'],
            ['1', 'Chỉ đạo', 10, 10],
          ],
        },
      ],
    };
    const bundle = loadBundle(full);
    bundle.call('recomputeRanking');
    bundle.call('recomputeRanking');
    expect(bundle.env.snapshot()['Trừ điểm']).toHaveLength(2);
    expect(size(bundle, 'Trừ điểm')[0]).toBe(3);
  });
});
