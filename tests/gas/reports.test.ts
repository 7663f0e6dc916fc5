/**
 * Unit reports in the add-in (WORKBOOK.md, "Unit report"), through the built bundle on the fake, in a Vietnamese
 * and an American spreadsheet: the tab holds the core's report, rewriting it changes nothing else, it waits for
 * the document lock, and a run that reaches its time budget returns the units left, which the next call builds.
 */
import { columnLetters } from '../../src/core/basics/a1';
import { buildReportTab, reportValues } from '../../src/core/outputs/report-tab';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, Workbook } from '../../src/core/types';
import type { ReportsDto } from '../../src/shared/api';
import type { FakeCellState } from '../fakes/apps-script';
import { exampleWorkbook, loadBundle, type LoadedBundle } from './bundle';

const UNIT = 'Huyện Thạch Hà';
const TAB = `Báo cáo – ${UNIT}`;

/** What the tab must hold: the core's report values as Sheets stores them ('' for an empty cell). */
function expected(workbook: Workbook, unit: string): Cell[][] {
  const result = scoreWorkbook(workbook);
  const found = result.units.find((candidate) => candidate.unit === unit);
  if (!found) throw new Error(unit);
  const values = reportValues(buildReportTab(result, found, `Báo cáo – ${unit}`));
  return values.map((row) => row.map((cell) => cell ?? ''));
}

/** Every cell of every sheet but the report tabs (values, formulas, formats, notes), one row and column past the data. */
function cellsOutsideReports(bundle: LoadedBundle): Record<string, FakeCellState[][]> {
  const cells: Record<string, FakeCellState[][]> = {};
  for (const [name, values] of Object.entries(bundle.env.snapshot())) {
    if (name.startsWith('Báo cáo – ')) continue;
    const width = Math.max(0, ...values.map((row) => row.length)) + 1;
    cells[name] = Array.from({ length: values.length + 1 }, (_, r) =>
      Array.from({ length: width }, (_, c) => bundle.env.cell(name, `${columnLetters(c)}${r + 1}`)),
    );
  }
  return cells;
}

describe.each(['vi_VN', 'en_US'])('unit reports in a %s spreadsheet', (locale) => {
  let workbook: Workbook;
  beforeAll(async () => {
    workbook = await exampleWorkbook();
  });

  test("one unit by name: the tab holds the core's report, formatted by its tables", () => {
    const bundle = loadBundle(workbook, locale);
    const active = bundle.env.spreadsheet.getActiveSheet().getName();
    const result = bundle.call<ReportsDto>('buildReports', ['huyen thach ha']);
    expect(result).toEqual({
      written: [TAB],
      remaining: [],
      total: 1,
      message: 'Đã ghi 1 báo cáo đơn vị.',
    });
    const tab = bundle.env.snapshot()[TAB] as Cell[][];
    expect(tab).toEqual(expected(workbook, UNIT));
    // The summary as the press prints it, numbers written the Vietnamese way.
    expect(tab[1]?.[0]).toBe(
      'Năm 2025, Huyện Thạch Hà đạt 86,37 điểm, chỉ số 86,81%, xếp thứ 4/12 trong nhóm Cấp huyện, tăng 1 bậc so với năm 2024; SIPAS 87,33%, thứ 4/11.',
    );
    // The fields table: header bold on grey, its index column shown with two decimals.
    const header = tab.findIndex((row) => row[0] === 'Mã' && row[1] === 'Lĩnh vực');
    expect(bundle.env.cell(TAB, `B${header + 1}`)).toMatchObject({
      fontWeight: 'bold',
      background: '#e8eaed',
    });
    expect(bundle.env.cell(TAB, `E${header + 2}`).numberFormat).toBe('0.00');
    expect(bundle.env.spreadsheet.getActiveSheet().getName()).toBe(active);
  });

  test('rewriting every report changes nothing else, keeps each tab and its id, and gives the same tabs', () => {
    const bundle = loadBundle(workbook, locale);
    const before = cellsOutsideReports(bundle);
    const first = bundle.call<ReportsDto>('buildReports', 'all');
    expect(first.remaining).toEqual([]);
    expect(first.written).toHaveLength(13);
    const snapshot = bundle.env.snapshot();
    const id = bundle.env.uncounted(() => bundle.env.spreadsheet.getSheetByName(TAB)?.getSheetId());
    bundle.call('buildReports', 'all');
    expect(bundle.env.snapshot()).toEqual(snapshot);
    expect(bundle.env.uncounted(() => bundle.env.spreadsheet.getSheetByName(TAB)?.getSheetId())).toBe(id);
    expect(cellsOutsideReports(bundle)).toEqual(before);
    // The unit with errors gets a report that says why it has no rank.
    expect(snapshot['Báo cáo – Huyện Vũ Quang']?.[1]?.[0]).toMatch(/chưa có kết quả xếp hạng do \d+ lỗi/);
  });

  test('waits for the document lock, and says so when another run holds it; nothing is written', () => {
    const bundle = loadBundle(workbook, locale);
    bundle.env.holdDocumentLock();
    expect(() => bundle.call('buildReports', [UNIT])).toThrow(
      /^(Một thao tác khác của Chỉ số CCHC|Another PAR Index task)/,
    );
    expect(Object.keys(bundle.env.snapshot())).not.toContain(TAB);
    bundle.env.releaseDocumentLock();
    bundle.env.holdDocumentLock(10_000);
    expect(bundle.call<ReportsDto>('buildReports', [UNIT]).written).toEqual([TAB]);
  });

  test('an unknown unit: the message lists the near names, nothing is written', () => {
    const bundle = loadBundle(workbook, locale);
    expect(() => bundle.call('buildReports', ['Huyen Thanh Ha'])).toThrow(
      'Không có đơn vị "Huyen Thanh Ha". Có phải là: Huyện Thạch Hà?',
    );
    expect(Object.keys(bundle.env.snapshot()).filter((name) => name.startsWith('Báo cáo'))).toEqual([]);
  });

  test('past the time budget a call returns the units left; calling again with them finishes the same reports', () => {
    const bundle = loadBundle(workbook, locale);
    // Each service call takes 2 s on the fake clock: reading takes well under 4.5 minutes, and each tab
    // takes tens of seconds, so one execution's 5 minutes hold only some of the 13 reports.
    bundle.env.callCost = () => 2000;
    const batches: ReportsDto[] = [];
    let left: string[] | 'all' = 'all';
    while (left.length > 0 && batches.length < 20) {
      const start = bundle.env.now();
      const batch: ReportsDto = bundle.call<ReportsDto>('buildReports', left);
      // Every call ends inside Apps Script's 6 minutes.
      expect(bundle.env.now() - start).toBeLessThan(360_000);
      batches.push(batch);
      left = batch.remaining;
    }
    expect(batches.length).toBeGreaterThan(1);
    const first = batches[0] as ReportsDto;
    expect(first.written.length).toBeGreaterThan(0);
    expect(first.written.length + first.remaining.length).toBe(13);
    expect(first.message).toBe(
      `Đã ghi ${first.written.length} báo cáo; còn ${first.remaining.length} báo cáo, đang tiếp tục.`,
    );
    const written = batches.flatMap((batch) => batch.written);
    const result = scoreWorkbook(workbook);
    expect(written).toEqual(result.units.map((unit) => `Báo cáo – ${unit.unit}`));
    expect(bundle.env.snapshot()[TAB]).toEqual(expected(workbook, UNIT));
  });
});
