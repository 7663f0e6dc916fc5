/**
 * Unit reports (WORKBOOK.md, "Unit report"): the summary from only the parts that apply, numbers as the
 * workbook's language writes them, the distances to the next rank and class band, the criteria where the unit
 * lost most, its fields against its group, its flags by field. Year fields are set by hand, as the year
 * features would fill them.
 */
import { buildUnitReport, summarySentence } from '../../src/core/outputs/unit-report';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { WorkbookResult } from '../../src/core/types';
import { unitOf, workbook } from '../helpers/workbook';

/**
 * One field: 1.1 (Max 60) and 1.2 (Max 40). A: 55 + 37.5 = 92.5 (class A); B: 50 + 35.225 = 85.225 (B);
 * C: 40 + 30 = 70 (C); D types "abc" in 1.1 (an error). Previous ranks A 2, B 1, C none, D 3.
 */
function scored(english: boolean): WorkbookResult {
  const name = (n: string): string => (english ? `District ${n}` : `Huyện ${n}`);
  const result = scoreWorkbook(
    workbook({
      english,
      criteria: [
        { code: '1', name: english ? 'Direction' : 'Chỉ đạo điều hành' },
        { code: '1.1', max: 60, name: english ? 'Plan' : 'Kế hoạch' },
        { code: '1.2', max: 40, name: english ? 'Reports' : 'Báo cáo' },
      ],
      unitsSheet: [
        english ? ['Unit', 'Previous rank'] : ['Đơn vị', 'Xếp hạng năm trước'],
        [name('A'), 2],
        [name('B'), 1],
        [name('C'), null],
        [name('D'), 3],
      ],
      survey: [
        [english ? 'Unit' : 'Đơn vị', 'SIPAS'],
        [name('A'), 0.8602],
        [name('B'), 0.85],
        [name('C'), 0.8],
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
        [name('C')]: [
          { code: '1.1', self: 40 },
          { code: '1.2', self: 30 },
        ],
        [name('D')]: [{ code: '1.1', self: 'abc' }],
      },
    }),
  );
  ['A', 'B', 'C'].forEach((n, i) => {
    const unit = unitOf(result, name(n));
    unit.sipasRank = i + 1;
    (unit.fields[0] as { rank: number | null }).rank = i + 1;
  });
  unitOf(result, name('A')).streak = 3;
  return result;
}

describe('Vietnamese', () => {
  const result = scored(false);

  test('a unit with a streak: rank, change, SIPAS and its rank, the streak', () => {
    expect(summarySentence(result, unitOf(result, 'Huyện A'))).toBe(
      'Năm 2024, Huyện A đạt 92,50 điểm, xếp thứ 1/3, tăng 1 bậc; SIPAS 86,02 %, thứ 1/3; 3 năm liền dẫn đầu.',
    );
  });

  test('a unit with no previous rank: no change in the sentence', () => {
    expect(summarySentence(result, unitOf(result, 'Huyện C'))).toBe(
      'Năm 2024, Huyện C đạt 70,00 điểm, xếp thứ 3/3; SIPAS 80,00 %, thứ 3/3.',
    );
  });

  test('85.225 points are written 85,23, as the tabs show them; a fall is "giảm"', () => {
    expect(summarySentence(result, unitOf(result, 'Huyện B'))).toBe(
      'Năm 2024, Huyện B đạt 85,23 điểm, xếp thứ 2/3, giảm 1 bậc; SIPAS 85,00 %, thứ 2/3.',
    );
  });

  test('a unit with errors: the report says why it has no rank, and lists the errors', () => {
    const report = buildUnitReport(result, unitOf(result, 'Huyện D'));
    expect(report.summary).toBe('Năm 2024, Huyện D chưa có kết quả xếp hạng do 1 lỗi trong số liệu.');
    expect(report.errors.map((error) => `${error.sheet}!${error.cell}`)).toEqual(['Huyện D!D2']);
    expect(report.toNextRank).toBeNull();
    expect(report.fields).toEqual([]);
  });

  test('without a year the sentence does not open with one', () => {
    const noYear = { ...result, year: null };
    expect(summarySentence(noYear, unitOf(result, 'Huyện C'))).toBe(
      'Huyện C đạt 70,00 điểm, xếp thứ 3/3; SIPAS 80,00 %, thứ 3/3.',
    );
  });

  test('distances: B is 92.5 − 85.225 = 7.275 from rank 1 and 90 − 85.225 = 4.775 from class A', () => {
    const report = buildUnitReport(result, unitOf(result, 'Huyện B'));
    expect(report.toNextRank?.rank).toBe(1);
    expect(report.toNextRank?.gap).toBeCloseTo(7.275, 9);
    expect(report.toNextClass?.label).toBe('A');
    expect(report.toNextClass?.gap).toBeCloseTo(4.775, 9);
  });

  test('the first unit in the top band has neither distance', () => {
    const report = buildUnitReport(result, unitOf(result, 'Huyện A'));
    expect(report.toNextRank).toBeNull();
    expect(report.toNextClass).toBeNull();
  });

  test('criteria where it lost most, fields against the group, flags by field with the notes', () => {
    const report = buildUnitReport(result, unitOf(result, 'Huyện A'));
    expect(report.mostLost).toEqual([
      { code: '1.1', name: 'Kế hoạch', lost: 5 },
      { code: '1.2', name: 'Báo cáo', lost: 2.5 },
    ]);
    // average over the three ranked units: (92.5 + 85.225 + 70) / 3 = 82.575; best 92.5
    expect(report.fields).toHaveLength(1);
    expect(report.fields[0]).toMatchObject({
      code: '1',
      points: 92.5,
      max: 100,
      index: 92.5,
      rank: 1,
      outOf: 3,
    });
    expect(report.fields[0]?.average).toBeCloseTo(82.575, 9);
    expect(report.fields[0]?.best).toBeCloseTo(92.5, 9);
    expect(report.flags).toEqual([
      {
        field: '1',
        name: 'Chỉ đạo điều hành',
        rows: [
          { code: '1.1', name: 'Kế hoạch', lost: 5, reasons: 'mất 5', note: '', explanation: '' },
          {
            ...{ code: '1.2', name: 'Báo cáo', lost: 2.5, reasons: 'mất 2,5' },
            // the explanation beside the appraisal note
            ...{ note: 'chậm', explanation: 'đã gửi ngày 05/01' },
          },
        ],
      },
    ]);
  });
});

describe('English', () => {
  const result = scored(true);

  test('a unit with a streak', () => {
    expect(summarySentence(result, unitOf(result, 'District A'))).toBe(
      'In 2024, District A scored 92.50 points, ranked 1/3, up 1 place; SIPAS 86.02 %, 1/3; first for 3 years running.',
    );
  });

  test('a unit with no previous rank', () => {
    expect(summarySentence(result, unitOf(result, 'District C'))).toBe(
      'In 2024, District C scored 70.00 points, ranked 3/3; SIPAS 80.00 %, 3/3.',
    );
  });

  test('a unit with errors', () => {
    expect(buildUnitReport(result, unitOf(result, 'District D')).summary).toBe(
      'In 2024, District D has no result: 1 error in its data.',
    );
  });
});
