/**
 * The unit report tab (WORKBOOK.md, "Unit report — Báo cáo – <unit>"): its name valid in Sheets and Excel, its
 * parts in order, each table's header and rows in the workbook's language, and a unit with errors.
 */
import {
  buildReportTab,
  reportTabNames,
  reportValues,
  SHEET_NAME_LIMIT,
  type ReportTab,
} from '../../src/core/outputs/report-tab';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, WorkbookResult } from '../../src/core/types';
import { unitOf, workbook } from '../helpers/workbook';

/** A: 55 + 37.5 = 92.5 (class A, rank 1); B: 50 + 35.225 = 85.225 (B, rank 2); C: "abc" in 1.1 (an error). */
function scored(english: boolean): WorkbookResult {
  const name = (n: string): string => (english ? `District ${n}` : `Huyện ${n}`);
  return scoreWorkbook(
    workbook({
      english,
      criteria: [
        { code: '1', name: english ? 'Direction' : 'Chỉ đạo điều hành' },
        { code: '1.1', max: 60, name: english ? 'Plan' : 'Kế hoạch' },
        { code: '1.2', max: 40, name: english ? 'Reports' : 'Báo cáo' },
      ],
      settings: [[english ? 'Year' : 'Năm', 2024]],
      units: {
        [name('A')]: [
          { code: '1.1', self: 55 },
          {
            code: '1.2',
            self: 37.5,
            appraised: 37.5,
            note: english ? 'late' : 'chậm',
            explanation: english ? 'sent on 5 January' : 'đã gửi ngày 05/01',
          },
        ],
        [name('B')]: [
          { code: '1.1', self: 50 },
          { code: '1.2', self: 35.225 },
        ],
        [name('C')]: [{ code: '1.1', self: 'abc' }],
      },
    }),
  );
}

function tableOf(tab: ReportTab, key: string): Cell[][] {
  const table = tab.tables.find((candidate) => candidate.key === key);
  if (!table) throw new Error(`no ${key} table`);
  return table.rows;
}

describe('report tab names', () => {
  test('the prefix in the workbook language and the unit name', () => {
    expect(reportTabNames(['Huyện Thanh Hà'], 'vi')).toEqual(['Báo cáo – Huyện Thanh Hà']);
    expect(reportTabNames(['Thanh Ha District'], 'en')).toEqual(['Report – Thanh Ha District']);
  });

  test('[]:*?/\\ become spaces, runs of spaces one', () => {
    expect(reportTabNames(['Sở A/B: [Ban]*?\\'], 'vi')).toEqual(['Báo cáo – Sở A B Ban']);
    // Excel refuses a closing apostrophe; a name of forbidden characters only still names a report tab.
    expect(reportTabNames(["Xã A'", '???'], 'vi')).toEqual(['Báo cáo – Xã A', 'Báo cáo – …']);
  });

  test('a long name is cut to 31 characters ending with "…"; two that cut alike get " (2)"', () => {
    const long = 'Ủy ban nhân dân huyện Thạch Thất';
    const names = reportTabNames([long, `${long} mới`], 'vi');
    // "Báo cáo – " is 10 characters, then 20 of the name ("Ủy ban nhân dân huyệ"), "…" makes 31; with " (2)"
    // 16 are left ("Ủy ban nhân dân "), the trailing space dropped.
    expect(names[0]).toBe('Báo cáo – Ủy ban nhân dân huyệ…');
    expect(names[1]).toBe('Báo cáo – Ủy ban nhân dân… (2)');
    for (const name of names) expect(name.length).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
  });

  test('a name taken by another sheet (case and accents aside) is made unique', () => {
    expect(reportTabNames(['Huyện A'], 'vi', ['BAO CAO – HUYEN A'])).toEqual(['Báo cáo – Huyện A (2)']);
  });
});

describe('a ranked unit, in Vietnamese', () => {
  const result = scored(false);
  const tab = buildReportTab(result, unitOf(result, 'Huyện B'), 'Báo cáo – Huyện B');
  const values = reportValues(tab);

  test('title, then the summary sentence', () => {
    expect(values[0]?.[0]).toBe('Báo cáo kết quả Chỉ số CCHC năm 2024 – Huyện B');
    expect(values[1]?.[0]).toBe('Năm 2024, Huyện B đạt 85,23 điểm, xếp thứ 2/2.');
  });

  test('the parts in the contract order, each under its heading with its header row', () => {
    expect(tab.tables.map((table) => table.key)).toEqual([
      'distance',
      'mostLost',
      'fields',
      'flags',
      'history',
    ]);
    for (const table of tab.tables) {
      expect(values[table.at - 1]?.[0]).toEqual(expect.any(String));
      expect(values[table.at]?.slice(0, table.columns.length)).toEqual(
        table.columns.map((column) => column.header),
      );
      expect(values[table.at + 1]?.slice(0, table.columns.length)).toEqual(table.rows[0]);
    }
  });

  test('distances: 92.5 − 85.225 = 7.275 to rank 1; 90 − 85.225 = 4.775 to class A', () => {
    const rows = tableOf(tab, 'distance');
    expect(rows.map((row) => row[0])).toEqual(['Thứ 1', 'Loại A']);
    expect(rows[0]?.[2]).toBeCloseTo(7.275, 9);
    expect(rows[1]?.[2]).toBeCloseTo(4.775, 9);
  });

  test('criteria to win back: 1.2 lost 40 − 35.225 = 4.775, 1.1 lost 60 − 50 = 10; largest first', () => {
    const rows = tableOf(tab, 'mostLost');
    expect(rows.map((row) => row[0])).toEqual(['1.1', '1.2']);
    expect(rows[0]?.[2]).toBe(10);
    expect(rows[1]?.[2]).toBeCloseTo(4.775, 9);
  });

  test('fields: points, max, index, rank 2 of 2, average (92.5 + 85.225) / 2 = 88.8625, best 92.5', () => {
    const [row] = tableOf(tab, 'fields');
    expect(row?.slice(0, 7)).toEqual(['1', 'Chỉ đạo điều hành', 85.225, 100, 85.225, 2, 2]);
    expect(row?.[7]).toBeCloseTo(88.8625, 9);
    expect(row?.[8]).toBe(92.5);
  });

  test('flags: the field as a bold group row, then its criteria with the reasons', () => {
    const table = tab.tables.find((candidate) => candidate.key === 'flags');
    expect(table?.rows[0]?.slice(0, 2)).toEqual(['1', 'Chỉ đạo điều hành']);
    expect(table?.groupRows).toEqual([0]);
    expect(table?.rows.slice(1).map((row) => row[0])).toEqual(['1.1', '1.2']);
    expect(table?.rows[1]?.[3]).toBe('mất 10');
  });
});

describe('the first unit, in English', () => {
  const result = scored(true);
  const tab = buildReportTab(result, unitOf(result, 'District A'), 'Report – District A');
  const values = reportValues(tab);

  test('no distance: a note says it is first in the top band; the appraisal note and the explanation are in the flags', () => {
    expect(tab.tables.some((table) => table.key === 'distance')).toBe(false);
    const heading = tab.lines.findIndex((line) => line.text === 'Distance to the next rank and class');
    expect(tab.lines[heading + 1]?.text).toBe('First in the group, in the top class band.');
    const flags = tableOf(tab, 'flags');
    expect(flags.find((row) => row[0] === '1.2')?.slice(4)).toEqual(['late', 'sent on 5 January']);
    const header = tab.tables.find((table) => table.key === 'flags')?.columns.map((column) => column.header);
    expect(header?.slice(4)).toEqual(['Appraisal note', 'Explanation']);
    expect(values[0]?.[0]).toBe('PAR Index report 2024 – District A');
  });
});

describe('a unit with errors', () => {
  test.each([
    [false, 'Huyện C', 'Năm 2024, Huyện C chưa có kết quả xếp hạng do 1 lỗi trong số liệu.'],
    [true, 'District C', 'In 2024, District C has no result: 1 error in its data.'],
  ])('english %s: the summary says why, the errors table where', (english, name, summary) => {
    const result = scored(english);
    const tab = buildReportTab(result, unitOf(result, name), 'x');
    expect(tab.summary).toBe(summary);
    expect(tab.tables.map((table) => table.key)).toEqual(['errors', 'history']);
    expect(tableOf(tab, 'errors')[0]?.slice(0, 1)).toEqual(['D2']);
    expect(tableOf(tab, 'errors')[0]?.[2]).toBe(name);
  });
});

test('the fields table gives a bonus field its points alone; the history table a rank as r/N', () => {
  // 1.1 Max 100, self 80; 2.1 a bonus (Max 5, field 2 of Max 0), self 3. Year 2025: one unit, 1st of 1.
  const result = scoreWorkbook(
    workbook({
      criteria: [
        { code: '1', name: 'Chỉ đạo' },
        { code: '1.1', max: 100 },
        { code: '2', name: 'Điểm thưởng', type: 'bonus' },
        { code: '2.1', max: 5, type: 'bonus' },
      ],
      settings: [['Năm', 2025]],
      units: {
        'Huyện A': [
          { code: '1.1', self: 80 },
          { code: '2.1', self: 3 },
        ],
      },
    }),
  );
  const tab = buildReportTab(result, unitOf(result, 'Huyện A'), 'Báo cáo – Huyện A');
  const fields = tab.tables.find((table) => table.key === 'fields');
  expect(fields?.rows[1]).toEqual(['2', 'Điểm thưởng', 3, null, null, null, null, null, null]);
  const history = tab.tables.find((table) => table.key === 'history');
  expect(history?.rows).toEqual([[2025, 83, '1/1']]);
});
