/**
 * Unit reports (WORKBOOK.md, "Unit report"): the summary from only the parts that apply, numbers as the
 * workbook's language writes them, the distances to the next rank and class band, the criteria where the unit
 * lost most, its fields against its group, its flags by field. Year fields are set by hand, as the year
 * features would fill them.
 */
import { buildUnitReport, changesText, rankText, summarySentence } from '../../src/core/outputs/unit-report';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { WorkbookResult } from '../../src/core/types';
import { reorganisedWorkbook } from '../helpers/reorganised';
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
      'Năm 2024, Huyện A đạt 92,50 điểm, xếp thứ 1/3, tăng 1 bậc so với năm 2023; SIPAS 86,02%, thứ 1/3; 3 năm liền dẫn đầu.',
    );
  });

  test('a unit with no previous rank: no change in the sentence', () => {
    expect(summarySentence(result, unitOf(result, 'Huyện C'))).toBe(
      'Năm 2024, Huyện C đạt 70,00 điểm, xếp thứ 3/3; SIPAS 80,00%, thứ 3/3.',
    );
  });

  test('85.225 points are written 85,23, as the tabs show them; a fall is "giảm"', () => {
    expect(summarySentence(result, unitOf(result, 'Huyện B'))).toBe(
      'Năm 2024, Huyện B đạt 85,23 điểm, xếp thứ 2/3, giảm 1 bậc so với năm 2023; SIPAS 85,00%, thứ 2/3.',
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
      'Huyện C đạt 70,00 điểm, xếp thứ 3/3; SIPAS 80,00%, thứ 3/3.',
    );
    // A typed previous rank without a year is last year's: "so với năm trước".
    expect(summarySentence(noYear, unitOf(result, 'Huyện B'))).toBe(
      'Huyện B đạt 85,23 điểm, xếp thứ 2/3, giảm 1 bậc so với năm trước; SIPAS 85,00%, thứ 2/3.',
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
      'In 2024, District A scored 92.50 points, ranked 1/3, up 1 place on 2023; SIPAS 86.02%, 1/3; first for 3 years running.',
    );
  });

  test('a unit with no previous rank', () => {
    expect(summarySentence(result, unitOf(result, 'District C'))).toBe(
      'In 2024, District C scored 70.00 points, ranked 3/3; SIPAS 80.00%, 3/3.',
    );
  });

  test('a unit with errors', () => {
    expect(buildUnitReport(result, unitOf(result, 'District D')).summary).toBe(
      'In 2024, District D has no result: 1 error in its data.',
    );
  });
});

describe('the year after the reorganisation (tests/helpers/reorganised.ts)', () => {
  const vi = scoreWorkbook(reorganisedWorkbook());
  const en = scoreWorkbook(reorganisedWorkbook({ english: true }));

  test.each<[string, string, string]>([
    [
      'rose: against last year and the Compare-with year, the verb said once',
      'Xã An Phú',
      // 2nd of 8 in Xã; 3rd in 2024 (up 1), 6th in 2022 (up 4); SIPAS 0.88, 2nd of the 7 with SIPAS.
      'Năm 2025, Xã An Phú đạt 85,00 điểm, xếp thứ 2/8 trong nhóm Xã, tăng 1 bậc so với năm 2024 và 4 bậc so với năm 2022; SIPAS 88,00%, thứ 2/7.',
    ],
    [
      'kept its rank: said once for both years',
      'Xã Bình Minh',
      // 1st now, in 2024 and in 2022; first four years running (2022 to 2025).
      'Năm 2025, Xã Bình Minh đạt 90,00 điểm, xếp thứ 1/8 trong nhóm Xã, giữ nguyên thứ hạng so với năm 2024 và năm 2022; SIPAS 90,00%, thứ 1/7; 4 năm liền dẫn đầu.',
    ],
    [
      'changed group: no change of rank at all',
      'Xã Phong Nha',
      'Năm 2025, Xã Phong Nha đạt 80,00 điểm, xếp thứ 3/8 trong nhóm Xã; SIPAS 86,00%, thứ 3/7.',
    ],
    [
      'merged: no change, no streak from the old names',
      'Xã Hợp Nhất',
      'Năm 2025, Xã Hợp Nhất đạt 75,00 điểm, xếp thứ 4/8 trong nhóm Xã; SIPAS 84,00%, thứ 4/7.',
    ],
    [
      'merged with a typed previous rank: that change, no 3-year streak',
      'Phường Nam Lý',
      // typed 2, 1st now → up 1; the only Phường with SIPAS.
      'Năm 2025, Phường Nam Lý đạt 90,00 điểm, xếp thứ 1/2 trong nhóm Phường, tăng 1 bậc so với năm 2024; SIPAS 90,00%, thứ 1/1.',
    ],
  ])('Vietnamese, %s', (_label, unit, sentence) => {
    expect(summarySentence(vi, unitOf(vi, unit))).toBe(sentence);
  });

  test.each<[string, string]>([
    [
      'Xã An Phú',
      'In 2025, Xã An Phú scored 85.00 points, ranked 2/8 in the group Xã, up 1 place on 2024 and 4 places on 2022; SIPAS 88.00%, 2/7.',
    ],
    [
      'Xã Bình Minh',
      'In 2025, Xã Bình Minh scored 90.00 points, ranked 1/8 in the group Xã, the same rank as in 2024 and 2022; SIPAS 90.00%, 1/7; first for 4 years running.',
    ],
    [
      'Xã Phong Nha',
      'In 2025, Xã Phong Nha scored 80.00 points, ranked 3/8 in the group Xã; SIPAS 86.00%, 3/7.',
    ],
    [
      'Xã Hợp Nhất',
      'In 2025, Xã Hợp Nhất scored 75.00 points, ranked 4/8 in the group Xã; SIPAS 84.00%, 4/7.',
    ],
    [
      'Phường Nam Lý',
      'In 2025, Phường Nam Lý scored 90.00 points, ranked 1/2 in the group Phường, up 1 place on 2024; SIPAS 90.00%, 1/1.',
    ],
  ])('English, %s', (unit, sentence) => {
    expect(summarySentence(en, unitOf(en, unit))).toBe(sentence);
  });

  test('a rank without Out of or group is the rank alone', () => {
    expect(rankText('vi', 3, null, null)).toBe('3');
    expect(rankText('en', 3, 12, 'Xã')).toBe('3/12 in the group Xã');
  });

  test('the history table gives every rank as r/N with its group', () => {
    // Thị trấn Phong Nha: 3rd of 8 in 2022 and 5th of 8 in 2024 (History's Out of); now 3rd of the 8 in Xã.
    expect(buildUnitReport(vi, unitOf(vi, 'Xã Phong Nha')).history).toEqual([
      { year: 2022, index: 72, rank: '3/8 trong nhóm Thị trấn' },
      { year: 2024, index: 70, rank: '5/8 trong nhóm Thị trấn' },
      { year: 2025, index: 80, rank: '3/8 trong nhóm Xã' },
    ]);
  });
});

describe('changes said once, each against its year', () => {
  test.each<[string, { change: number; year: number | null }[], string, string]>([
    [
      'two falls',
      [
        { change: -2, year: 2024 },
        { change: -2, year: 2022 },
      ],
      'giảm 2 bậc so với năm 2024 và 2 bậc so với năm 2022',
      'down 2 places on 2024 and 2 places on 2022',
    ],
    [
      'a rise and a fall',
      [
        { change: 1, year: 2024 },
        { change: -3, year: 2022 },
      ],
      'tăng 1 bậc so với năm 2024 và giảm 3 bậc so với năm 2022',
      'up 1 place on 2024 and down 3 places on 2022',
    ],
    [
      'a fall and the same rank',
      [
        { change: -1, year: 2024 },
        { change: 0, year: 2022 },
      ],
      'giảm 1 bậc so với năm 2024 và giữ nguyên thứ hạng so với năm 2022',
      'down 1 place on 2024 and the same rank as in 2022',
    ],
    [
      'the same rank as last year',
      [{ change: 0, year: null }],
      'giữ nguyên thứ hạng so với năm trước',
      'the same rank as last year',
    ],
  ])('%s', (_label, changes, vi, en) => {
    expect(changesText(changes, 'vi')).toBe(vi);
    expect(changesText(changes, 'en')).toBe(en);
  });

  test('a Compare-with year that is last year, with the same change, is not said twice', () => {
    const result = scored(false);
    const unit = unitOf(result, 'Huyện A');
    unit.compare = { year: 2023, rank: 2, change: 1, sipasRank: null, sipasChange: null };
    expect(summarySentence(result, unit)).toContain('xếp thứ 1/3, tăng 1 bậc so với năm 2023; SIPAS');
  });
});

test('a bonus field (Max 0) is reported by its points alone', () => {
  // 1.1 score Max 10 (8); 2.1 a bonus of Max 5 under field 2 of Max 0 (3 points).
  const result = scoreWorkbook(
    workbook({
      criteria: [
        { code: '1', name: 'Chỉ đạo' },
        { code: '1.1', max: 10 },
        { code: '2', name: 'Điểm thưởng', type: 'bonus' },
        { code: '2.1', max: 5, type: 'bonus' },
      ],
      units: {
        'Huyện A': [
          { code: '1.1', self: 8 },
          { code: '2.1', self: 3 },
        ],
      },
    }),
  );
  const fields = buildUnitReport(result, unitOf(result, 'Huyện A')).fields;
  expect(fields.map((field) => [field.code, field.pointsOnly])).toEqual([
    ['1', false],
    ['2', true],
  ]);
  expect(fields[1]).toMatchObject({ points: 3, index: null, rank: null });
});
