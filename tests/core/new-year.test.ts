/**
 * Next year's workbook as a plan (WORKBOOK.md, "Command line", `par-index new-year`): this year saved to History
 * with archive's refusals, Year + 1, Stage back to self-assessment, this year's entries emptied, generated tabs
 * removed; the plan names 0-based blocks and cells.
 */
import { message } from '../../src/core/messages';
import { planNewYear, type NewYearPlan } from '../../src/core/years/new-year';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, Sheet, Workbook } from '../../src/core/types';
import { criteriaSheet } from '../helpers/workbook';

const CRITERIA = [{ code: '1' }, { code: '1.1', max: 60, rule: 'survey' }, { code: '1.2', max: 40 }];

/**
 * Every entry column, with a person's own column ("Ghi chú") between them, under a title row:
 * A Mã | B Tiêu chí | C Điểm tối đa | D Số liệu | E Trên tổng số | F Điểm tự chấm | G Ghi chú | H Tài liệu kiểm chứng
 * | I Điểm thẩm định | J Ý kiến thẩm định | K Giải trình | L Điểm sau giải trình
 */
function unitSheet(name: string, self: number): Sheet {
  return {
    name,
    values: [
      [`Bảng tự chấm của ${name}`],
      [
        'Mã',
        'Tiêu chí',
        'Điểm tối đa',
        'Số liệu',
        'Trên tổng số',
        'Điểm tự chấm',
        'Ghi chú',
        'Tài liệu kiểm chứng',
        'Điểm thẩm định',
        'Ý kiến thẩm định',
        'Giải trình',
        'Điểm sau giải trình',
      ],
      ['1.2', 'Báo cáo', 40, 3, 4, self, 'giữ', 'QĐ 1', self, 'đạt', 'đã bổ sung', self],
    ],
  };
}

function book(settings: Cell[][] | null, extra: Sheet[] = []): Workbook {
  const sheets: Sheet[] = [
    criteriaSheet(CRITERIA),
    {
      name: 'Đơn vị',
      values: [
        ['Đơn vị', 'Nhóm', 'Hạng năm trước', 'Thư điện tử', 'Chỉ số năm trước', 'Tên năm trước'],
        ['Xã A', 'Xã', 3, 'a@x.vn', 70, 'Xã A cũ'],
        ['Xã B', 'Xã', 1, 'b@x.vn', 80, null],
      ],
    },
    {
      name: 'Điều tra',
      values: [
        ['Đơn vị', 'Ghi chú', '1.1', 'SIPAS'],
        ['Xã A', 'ok', 50, 0.8],
        ['Xã B', null, 40, 0.9],
      ],
    },
    unitSheet('Xã A', 30),
    unitSheet('Xã B', 20),
  ];
  if (settings) sheets.push({ name: 'Cài đặt', values: settings });
  sheets.push(
    { name: 'Xếp hạng', values: [['Xếp hạng']] },
    { name: 'Trừ điểm', values: [['Trừ điểm']] },
    { name: 'Phân tích', values: [['Phân tích']] },
    { name: 'Báo cáo – Xã A', values: [['Báo cáo']] },
    ...extra,
  );
  return { sheets };
}

function plan(workbook: Workbook): NewYearPlan {
  return planNewYear(workbook, scoreWorkbook(workbook));
}

function planned(workbook: Workbook): Extract<NewYearPlan, { ok: true }> {
  const outcome = plan(workbook);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('planNewYear', () => {
  test('empties the entries of each unit sheet, the previous columns, the survey; Year + 1; removes the generated tabs', () => {
    const outcome = planned(book([['Năm', 2024], ['Giai đoạn', 'công bố'], [], ['Ghi chú', 'x']]));
    // Xã A 50 + 30 = 80, Xã B 40 + 20 = 60: A 1st, B 2nd; both saved to History (a new sheet).
    expect(outcome.archive.values).toEqual([
      ['Năm', 'Đơn vị', 'Nhóm', 'Chỉ số', 'Xếp hạng', 'Trên tổng số', 'SIPAS', 'Hạng SIPAS'],
      [2024, 'Xã A', 'Xã', 80, 1, 2, 0.8, 2],
      [2024, 'Xã B', 'Xã', 60, 2, 2, 0.9, 1],
    ]);
    expect(outcome.nextYear).toBe(2025);
    expect(outcome.edits).toEqual([
      // Year on row 0, Stage on row 1 (0-based): values in column B.
      {
        sheet: 'Cài đặt',
        empty: [],
        set: [
          { row: 0, column: 1, value: 2025 },
          { row: 1, column: 1, value: 'kê khai' },
        ],
      },
      // Previous rank (C), previous index and name (E, F); Email (D) kept.
      {
        sheet: 'Đơn vị',
        empty: [
          { row: 1, column: 2, rows: 2, columns: 1 },
          { row: 1, column: 4, rows: 2, columns: 2 },
        ],
        set: [],
      },
      // Survey 1.1 (C) and SIPAS (D); the unit names and a person's notes (B) kept.
      { sheet: 'Điều tra', empty: [{ row: 1, column: 2, rows: 2, columns: 2 }], set: [] },
      // D–F and H–L from row 2 (0-based) to the last; A–C and G ("Ghi chú") kept.
      ...['Xã A', 'Xã B'].map((sheet) => ({
        sheet,
        empty: [
          { row: 2, column: 3, rows: 1, columns: 3 },
          { row: 2, column: 7, rows: 1, columns: 5 },
        ],
        set: [],
      })),
    ]);
    expect(outcome.remove).toEqual(['Xếp hạng', 'Trừ điểm', 'Phân tích', 'Báo cáo – Xã A']);
    expect(outcome.unitSheets).toBe(2);
    expect(outcome.message).toBe(
      `${message('vi', 'archiveDone', { year: 2024, added: 2, replaced: 0 })} ${message('vi', 'newYearDone', {
        year: 2025,
        units: 2,
        removed: 4,
      })}`,
    );
  });

  test('a Stage row is added below the last row, beside the Year key, where there is none', () => {
    const outcome = planned(book([[null, 'Năm', 2024], [], [null, 'Xếp loại', 'A>=90; B']]));
    expect(outcome.edits[0]).toEqual({
      sheet: 'Cài đặt',
      empty: [],
      set: [
        { row: 0, column: 2, value: 2025 },
        { row: 3, column: 1, value: 'Giai đoạn' },
        { row: 3, column: 2, value: 'kê khai' },
      ],
    });
  });

  test('an English workbook gets the English Stage key and value', () => {
    const english: Workbook = {
      sheets: [
        criteriaSheet([{ code: '1' }, { code: '1.1', max: 100 }], { english: true }),
        { name: 'Settings', values: [['Year', 2030]] },
        {
          name: 'Unit A',
          values: [
            ['Code', 'Self score'],
            ['1.1', 90],
          ],
        },
      ],
    };
    const outcome = planned(english);
    expect(outcome.edits).toEqual([
      {
        sheet: 'Settings',
        empty: [],
        set: [
          { row: 0, column: 1, value: 2031 },
          { row: 1, column: 0, value: 'Stage' },
          { row: 1, column: 1, value: 'self-assessment' },
        ],
      },
      { sheet: 'Unit A', empty: [{ row: 1, column: 1, rows: 1, columns: 1 }], set: [] },
    ]);
    expect(outcome.archive.sheet).toBe('History');
  });

  test('a sheet without its header row, its columns or data rows gets nothing emptied', () => {
    const workbook = book([
      ['Năm', 2024],
      ['Giai đoạn', 'kê khai'],
    ]);
    const sheets = workbook.sheets.map((sheet) =>
      sheet.name === 'Điều tra'
        ? { name: sheet.name, values: [['SIPAS'], [0.8]] }
        : sheet.name === 'Đơn vị'
          ? { name: sheet.name, values: [['Đơn vị'], ['Xã A'], ['Xã B']] }
          : sheet.name === 'Xã B'
            ? { name: sheet.name, values: sheet.values.slice(0, 2) }
            : sheet,
    );
    const outcome = planned({ sheets });
    expect(outcome.edits.map((edit) => edit.sheet)).toEqual(['Cài đặt', 'Xã A']);
    expect(outcome.unitSheets).toBe(2);
  });

  test('a unit sheet named by two units is emptied once; a unit whose sheet is missing has none', () => {
    const workbook = book([
      ['Năm', 2024],
      ['Giai đoạn', 'kê khai'],
    ]);
    const sheets = workbook.sheets.map((sheet) =>
      sheet.name === 'Đơn vị'
        ? {
            name: sheet.name,
            values: [
              ['Đơn vị', 'Trang tính'],
              ['Xã A', 'Xã A'],
              ['Xã B', 'xa a'],
              ['Xã C', 'Không có'],
            ],
          }
        : sheet,
    );
    const outcome = planned({ sheets });
    expect(outcome.edits.map((edit) => edit.sheet)).toEqual(['Cài đặt', 'Điều tra', 'Xã A']);
    expect(outcome.unitSheets).toBe(1);
  });

  test('refused, as Save to History is, without a Settings year or with History errors', () => {
    expect(plan(book(null))).toEqual({ ok: false, message: message('vi', 'archiveNoYear') });
    const history: Sheet = {
      name: 'Lịch sử',
      values: [
        ['Năm', 'Đơn vị', 'Xếp hạng'],
        [2023, 'Xã A', 'nhất'],
      ],
    };
    const refused = plan(book([['Năm', 2024]], [history]));
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain(
      message('vi', 'archiveHistoryErrors', { count: 1, list: '' }).replace(/: $/, ''),
    );
  });
});
