/**
 * Years (WORKBOOK.md, "Years: history, streaks and comparisons" and "More ranks"): this year, previous rank and
 * index from History, renamed and merged units, history, streak, compare, SIPAS and field ranks, and History's
 * errors, which leave the ranking untouched.
 *
 * Every workbook below has two fields of one leaf each: 1.1 (Max 10) and 2.1 (Max 10), both typed by hand, so
 * a unit with self scores (a, b) has index 5 × (a + b) and field indexes 10a and 10b.
 */
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, Sheet, Workbook, WorkbookResult } from '../../src/core/types';
import { criteriaSheet, err, unitOf, unitSheet } from '../helpers/workbook';

interface U {
  name: string;
  /** Self scores of 1.1 and 2.1; a score of 12 (> Max 10) is an error of the unit. */
  s: [number | string, number];
  group?: string;
  criteria?: string;
  ranked?: string;
  prevRank?: Cell;
  prevIndex?: Cell;
  prevName?: string;
  sipas?: number;
}

type HistoryLine = [year: Cell, unit: Cell, index: Cell, rank: Cell, sipasRank?: Cell];

interface Spec {
  year?: Cell;
  compare?: Cell;
  /** History's data rows; the sheet is absent when undefined. */
  history?: HistoryLine[];
  extraCriteria?: boolean;
}

const HISTORY_HEADER: Cell[] = ['Năm', 'Đơn vị', 'Nhóm', 'Chỉ số', 'Xếp hạng', 'Trên tổng số', 'Hạng SIPAS'];
const CRITERIA = [
  { code: '1', name: 'Chỉ đạo' },
  { code: '1.1', max: 10 },
  { code: '2', name: 'Thủ tục' },
  { code: '2.1', max: 10 },
];

function historySheet(lines: readonly HistoryLine[]): Sheet {
  return {
    name: 'Lịch sử',
    values: [
      HISTORY_HEADER,
      ...lines.map(([year, unit, index, rank, sipasRank]) => [
        year,
        unit,
        'Cấp huyện',
        index,
        rank,
        null,
        sipasRank ?? null,
      ]),
    ],
  };
}

function book(units: readonly U[], spec: Spec = {}): Workbook {
  const sheets: Sheet[] = [criteriaSheet(CRITERIA)];
  if (spec.extraCriteria) {
    // 1.1 is not applicable to nobody here; field 1 has Max 0 in this set (its only leaf is a bonus).
    sheets.push(
      criteriaSheet(
        [
          { code: '1', name: 'Cộng' },
          { code: '1.1', max: 10, type: 'bonus' },
          { code: '2', name: 'Thủ tục' },
          { code: '2.1', max: 10 },
        ],
        { name: 'Bộ 2' },
      ),
    );
  }
  sheets.push({
    name: 'Đơn vị',
    values: [
      ['Đơn vị', 'Nhóm', 'Bộ tiêu chí', 'Xếp hạng', 'Xếp hạng năm trước', 'Chỉ số năm trước', 'Tên cũ'],
      ...units.map((u) => [
        u.name,
        u.group ?? 'Cấp huyện',
        u.criteria ?? null,
        u.ranked ?? null,
        u.prevRank ?? null,
        u.prevIndex ?? null,
        u.prevName ?? null,
      ]),
    ],
  });
  const surveyed = units.filter((u) => u.sipas !== undefined);
  if (surveyed.length > 0)
    sheets.push({
      name: 'Điều tra',
      values: [['Đơn vị', 'SIPAS'], ...surveyed.map((u) => [u.name, u.sipas ?? null])],
    });
  const settings: Cell[][] = [];
  if (spec.year !== undefined) settings.push(['Năm', spec.year]);
  if (spec.compare !== undefined) settings.push(['Năm so sánh', spec.compare]);
  if (settings.length > 0) sheets.push({ name: 'Cài đặt', values: settings });
  if (spec.history) sheets.push(historySheet(spec.history));
  for (const u of units)
    sheets.push(
      unitSheet(u.name, [
        { code: '1.1', self: u.s[0] },
        { code: '2.1', self: u.s[1] },
      ]),
    );
  return { sheets };
}

const score = (units: readonly U[], spec: Spec = {}): WorkbookResult => scoreWorkbook(book(units, spec));

describe('this year', () => {
  test.each<[string, Spec, number | null]>([
    // Settings' Year wins over History's latest year + 1 (2023 + 1 = 2024).
    ['from Settings', { year: 2025, history: [[2023, 'A', 80, 1]] }, 2025],
    ['from Settings, as text', { year: '2025' }, 2025],
    // No Settings year: the latest year in History, 2023, plus one.
    [
      'from History: latest + 1',
      {
        history: [
          [2021, 'A', 80, 1],
          [2023, 'A', 80, 1],
          [2022, 'A', 80, 1],
        ],
      },
      2024,
    ],
    ['none: no Settings year, no History', {}, null],
    ['none: History without rows', { history: [] }, null],
    // A History with an error counts as none, also for finding the year.
    ['none: History with an error', { history: [[2023.5, 'A', 80, 1]] }, null],
  ])('%s', (_label, spec, year) => {
    const result = score([{ name: 'A', s: [8, 8] }], spec);
    expect(result.year).toBe(year);
  });

  test('without a year: history is [], streak 0, compare null, previous rank only from the Units sheet', () => {
    // A is 1st now (80 vs 70); no year, so History is not asked for anything.
    const result = score(
      [
        { name: 'A', s: [8, 8], prevRank: 2 },
        { name: 'B', s: [7, 7] },
      ],
      { compare: 2019 },
    );
    expect(result.year).toBeNull();
    expect(unitOf(result, 'A')).toMatchObject({
      rank: 1,
      previousRank: 2,
      change: 1,
      streak: 0,
      compare: null,
      history: [],
    });
    expect(unitOf(result, 'B')).toMatchObject({
      rank: 2,
      previousRank: null,
      change: null,
      streak: 0,
      history: [],
    });
  });

  test('rows of this year or later are skipped before any check: their bad cells are no errors', () => {
    const result = score([{ name: 'A', s: [8, 8] }], {
      year: 2024,
      history: [
        [2023, 'A', 75, 2],
        [2024, 'A', 'cao', 'một'],
        [2025, 'A', 'x', 0],
        [2024, 'A', 80, 1],
      ],
    });
    expect(result.errors).toEqual([]);
    // history: 2023 from History (75, 2nd), then 2024's own result (80, 1st); previous rank 2 → change 2 − 1 = 1.
    expect(unitOf(result, 'A')).toMatchObject({
      previousRank: 2,
      previousIndex: 75,
      change: 1,
      history: [
        { year: 2023, index: 75, rank: 2 },
        { year: 2024, index: 80, rank: 1 },
      ],
    });
  });
});

describe('previous rank and index', () => {
  // Ranks now: A 90 (1st), B 80 (2nd), C 70 (3rd).
  const history: HistoryLine[] = [
    [2024, 'A', 0.8534, 3],
    [2024, 'B', '85,34 %', 1],
    [2024, 'C', 82.5, 2],
    [2023, 'C', 70, 7],
  ];

  test.each<
    [string, U, { previousRank: number | null; previousIndex: number | null; change: number | null }]
  >([
    // History's 2024 row: rank 3, index 0.8534 read as a ratio → 85.34; change 3 − 1 = 2.
    ['from History', { name: 'A', s: [9, 9] }, { previousRank: 3, previousIndex: 85.34, change: 2 }],
    // The Units sheet's columns win over History (1, 85,34 %); change 5 − 2 = 3.
    [
      'from the Units sheet',
      { name: 'B', s: [8, 8], prevRank: 5, prevIndex: 77 },
      { previousRank: 5, previousIndex: 77, change: 3 },
    ],
    // Rank typed, index blank: the rank from the Units sheet, the index from History (82.5); change 1 − 3 = −2.
    [
      'mixed: rank typed, index from History',
      { name: 'C', s: [7, 7], prevRank: 1 },
      { previousRank: 1, previousIndex: 82.5, change: -2 },
    ],
  ])('%s', (_label, unit, expected) => {
    const others: U[] = [
      { name: 'A', s: [9, 9] },
      { name: 'B', s: [8, 8] },
      { name: 'C', s: [7, 7] },
    ].filter((u) => u.name !== unit.name) as U[];
    const result = score([unit, ...others], { year: 2025, history });
    expect(result.errors).toEqual([]);
    expect(unitOf(result, unit.name)).toMatchObject(expected);
  });

  test.each<[Cell, number]>([
    ['85,34 %', 85.34],
    [0.8534, 85.34],
    // 0.7215 × 100 is 72.15000000000001 in floating point: a typed ratio gives the number typed.
    [0.7215, 72.15],
    ['72.15%', 72.15],
    ['85,34', 85.34],
    [1, 100],
    [1.5, 1.5],
  ])('an index written %p is %p percent points', (cell, points) => {
    const result = score([{ name: 'B', s: [8, 8] }], { year: 2025, history: [[2024, 'B', cell, 1]] });
    expect(unitOf(result, 'B').previousIndex).toBe(points);
  });

  test('an unranked unit and a unit with errors get their previous rank too, but no change', () => {
    const result = score(
      [
        { name: 'A', s: [9, 9], ranked: 'Không' },
        { name: 'B', s: [12, 8] },
        { name: 'C', s: [7, 7] },
      ],
      { year: 2025, history },
    );
    expect(unitOf(result, 'A')).toMatchObject({
      status: 'unranked',
      rank: null,
      previousRank: 3,
      change: null,
    });
    expect(unitOf(result, 'B')).toMatchObject({ status: 'error', rank: null, previousRank: 1, change: null });
    // C is the only ranked unit: 1st, previously 2nd → up 1.
    expect(unitOf(result, 'C')).toMatchObject({ rank: 1, previousRank: 2, change: 1 });
    // B's history still lists its earlier row, then this year's own (no index, no rank).
    expect(unitOf(result, 'B').history).toMatchObject([
      { year: 2024, index: 85.34, rank: 1 },
      { year: 2025, index: null, rank: null },
    ]);
  });
});

describe('renamed and merged units', () => {
  const history: HistoryLine[] = [
    [2023, 'Huyện Cũ', 70, 4],
    [2024, 'Huyện Cũ', 75, 3],
    [2024, 'Xã Một', 80, 1],
    [2024, 'Xã Hai', 60, 5],
    [2023, 'Xã Mới', 50, 9],
    [2024, 'Thị xã Đổi', 66, 6],
    [2024, 'Thị xã Đổi Tên', 77, 2],
  ];

  test('a renamed unit takes the rows of its previous name, matched as headers are', () => {
    // "huyen cu" matches "Huyện Cũ" ignoring case and diacritics. A 80 is 1st now; previously 3rd → up 2.
    const result = score([{ name: 'Huyện Mới', s: [8, 8], prevName: 'huyen cu' }], { year: 2025, history });
    expect(unitOf(result, 'Huyện Mới')).toMatchObject({
      rank: 1,
      previousRank: 3,
      previousIndex: 75,
      change: 2,
      history: [
        { year: 2023, index: 70, rank: 4 },
        { year: 2024, index: 75, rank: 3 },
        { year: 2025, index: 80, rank: 1 },
      ],
    });
  });

  test('where both names have a row for one year, the row under the current name is used', () => {
    // 2024: "Thị xã Đổi Tên" (current, 2nd, 77) beats "Thị xã Đổi" (previous, 6th, 66).
    const result = score([{ name: 'Thị xã Đổi Tên', s: [8, 8], prevName: 'Thị xã Đổi' }], {
      year: 2025,
      history,
    });
    expect(unitOf(result, 'Thị xã Đổi Tên')).toMatchObject({ previousRank: 2, previousIndex: 77, change: 1 });
  });

  test("a merged unit starts afresh: no previous rank, no earlier years, not even its own name's rows", () => {
    // "Xã Mới" merges "Xã Một; Xã Hai": neither row gives a previous rank; its own 2023 row is not read either.
    const result = score([{ name: 'Xã Mới', s: [8, 8], prevName: 'Xã Một; Xã Hai' }], {
      year: 2025,
      history,
    });
    expect(unitOf(result, 'Xã Mới')).toMatchObject({
      previousRank: null,
      previousIndex: null,
      change: null,
      streak: 1,
      compare: null,
      history: [{ year: 2025, index: 80, rank: 1 }],
    });
  });

  test('a merged unit keeps a previous rank typed in the Units sheet', () => {
    // typed 4, 1st now → up 3.
    const result = score([{ name: 'Xã Mới', s: [8, 8], prevName: 'Xã Một;Xã Hai', prevRank: 4 }], {
      year: 2025,
      history,
    });
    expect(unitOf(result, 'Xã Mới')).toMatchObject({ previousRank: 4, change: 3 });
  });
});

describe('streak', () => {
  // This year 2025. Each case: the unit's History rows, its scores now against B (7, 7) = 70.
  test.each<[string, HistoryLine[], [number, number], number]>([
    // 1st in 2025, 2024 and 2023 → 3.
    [
      'three years running',
      [
        [2023, 'A', 90, 1],
        [2024, 'A', 90, 1],
      ],
      [8, 8],
      3,
    ],
    // 2024 has no row: the streak is 2025 alone.
    [
      'broken by a missing year',
      [
        [2023, 'A', 90, 1],
        [2022, 'A', 90, 1],
      ],
      [8, 8],
      1,
    ],
    // 2024 rank 2: broken; 2023's first place does not count.
    [
      'broken by a rank of 2',
      [
        [2023, 'A', 90, 1],
        [2024, 'A', 85, 2],
      ],
      [8, 8],
      1,
    ],
    // A shared first place counts: 2024 rank 1 (tied), 2025 1st → 2.
    ['a tied first place counts', [[2024, 'A', 90, 1]], [8, 8], 2],
    // Not first now (60 < 70): 0, whatever History says.
    ['not first now', [[2024, 'A', 90, 1]], [6, 6], 0],
  ])('%s', (_label, lines, s, streak) => {
    const result = score(
      [
        { name: 'A', s },
        { name: 'B', s: [7, 7] },
      ],
      { year: 2025, history: [...lines, [2024, 'B', 90, 1]] },
    );
    expect(unitOf(result, 'A').streak).toBe(streak);
  });

  test('a first place tied this year counts; a unit without a rank has 0', () => {
    // A and B both 80 → both 1st; both were 1st in 2024 → 2 each. C has errors → 0.
    const result = score(
      [
        { name: 'A', s: [8, 8] },
        { name: 'B', s: [9, 7] },
        { name: 'C', s: [12, 1] },
      ],
      {
        year: 2025,
        history: [
          [2024, 'A', 90, 1],
          [2024, 'B', 90, 1],
          [2024, 'C', 90, 1],
        ],
      },
    );
    expect([unitOf(result, 'A').streak, unitOf(result, 'B').streak, unitOf(result, 'C').streak]).toEqual([
      2, 2, 0,
    ]);
  });
});

describe('compare', () => {
  // Now: A 90 (1st, SIPAS 0.80 → 2nd), B 80 (2nd, SIPAS 0.90 → 1st), C 70 (3rd, no SIPAS).
  const units: U[] = [
    { name: 'A', s: [9, 9], sipas: 0.8 },
    { name: 'B', s: [8, 8], sipas: 0.9 },
    { name: 'C', s: [7, 7] },
  ];

  test('with a row for that year', () => {
    const result = score(units, {
      year: 2025,
      compare: 2019,
      history: [
        [2019, 'A', 60, 24, 27],
        [2019, 'B', 70, 12],
        [2019, 'C', 75, 3, 4],
      ],
    });
    expect(result.compareYear).toBe(2019);
    // A: 24 − 1 = 23 up; SIPAS 27 − 2 = 25 up.
    expect(unitOf(result, 'A').compare).toEqual({
      year: 2019,
      rank: 24,
      change: 23,
      sipasRank: 27,
      sipasChange: 25,
    });
    // B: 12 − 2 = 10; no SIPAS rank in 2019 → null, null.
    expect(unitOf(result, 'B').compare).toEqual({
      year: 2019,
      rank: 12,
      change: 10,
      sipasRank: null,
      sipasChange: null,
    });
    // C: 3 − 3 = 0; SIPAS rank 4 then, none now → change null.
    expect(unitOf(result, 'C').compare).toEqual({
      year: 2019,
      rank: 3,
      change: 0,
      sipasRank: 4,
      sipasChange: null,
    });
  });

  test.each<[string, Spec]>([
    ['no row for that year', { year: 2025, compare: 2019, history: [[2020, 'A', 60, 24, 27]] }],
    ['a row without a rank', { year: 2025, compare: 2019, history: [[2019, 'A', 60, null, 27]] }],
    ['no Compare-with year', { year: 2025, history: [[2019, 'A', 60, 24, 27]] }],
    ['Compare with this year', { year: 2025, compare: 2025, history: [[2025, 'A', 60, 24, 27]] }],
  ])('null: %s', (_label, spec) => {
    expect(unitOf(score(units, spec), 'A').compare).toBeNull();
  });

  test('null for a unit without a rank now', () => {
    const result = score([{ name: 'A', s: [9, 9], ranked: 'Không' }], {
      year: 2025,
      compare: 2019,
      history: [[2019, 'A', 60, 24, 27]],
    });
    expect(unitOf(result, 'A').compare).toBeNull();
  });
});

describe('SIPAS ranks', () => {
  test('within each group, units with a rank and a SIPAS, ties shared and the next skipping', () => {
    // Group 1: A 0.9, B 0.85, C 0.9, D none, E 0.95 but unranked → A 1, C 1, B 3; D and E null.
    // Group 2: F 0.5, G 0.7 → G 1, F 2 (not 4 and 5: groups are ranked apart).
    const result = score([
      { name: 'A', s: [8, 8], sipas: 0.9 },
      { name: 'B', s: [8, 8], sipas: 0.85 },
      { name: 'C', s: [8, 8], sipas: 0.9000000000001 },
      { name: 'D', s: [8, 8] },
      { name: 'E', s: [8, 8], sipas: 0.95, ranked: 'Không' },
      { name: 'F', s: [8, 8], sipas: 0.5, group: 'Cấp xã' },
      { name: 'G', s: [8, 8], sipas: 0.7, group: 'Cấp xã' },
    ]);
    const ranks = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((name) => unitOf(result, name).sipasRank);
    expect(ranks).toEqual([1, 3, 1, null, null, 2, 1]);
  });
});

describe('field ranks', () => {
  test('within each group and criteria set, ties shared, a field with max 0 unranked', () => {
    // Tiêu chí: A (8, 9), B (9, 7), C (8, 9): field 1 → B 90 1st, A and C 80 tie 2nd;
    //   field 2 → A and C 90 tie 1st, B 70 3rd.
    // Bộ 2 (1.1 is a bonus, so field 1 has max 0): D (5, 6), E (0, 8): field 1 null for both;
    //   field 2 → E 80 1st, D 60 2nd (ranked apart from the first set).
    // F has errors: no field ranks.
    const result = score(
      [
        { name: 'A', s: [8, 9] },
        { name: 'B', s: [9, 7] },
        { name: 'C', s: [8, 9] },
        { name: 'D', s: [5, 6], criteria: 'Bộ 2' },
        { name: 'E', s: [0, 8], criteria: 'Bộ 2' },
        { name: 'F', s: [12, 8] },
      ],
      { extraCriteria: true },
    );
    const fieldRanks = (name: string): (number | null)[] =>
      unitOf(result, name).fields.map((field) => field.rank);
    expect(fieldRanks('A')).toEqual([2, 1]);
    expect(fieldRanks('B')).toEqual([1, 3]);
    expect(fieldRanks('C')).toEqual([2, 1]);
    expect(fieldRanks('D')).toEqual([null, 2]);
    expect(fieldRanks('E')).toEqual([null, 1]);
    expect(unitOf(result, 'F').fields).toEqual([]);
  });
});

describe('History errors', () => {
  const units: U[] = [
    { name: 'A', s: [9, 9] },
    { name: 'B', s: [8, 8] },
  ];
  const clean: HistoryLine[] = [
    [2024, 'A', 80, 2],
    [2024, 'B', 90, 1],
  ];

  test.each<[string, HistoryLine[], ReturnType<typeof err>]>([
    // Header on row 1, data from row 2: the later row's Unit cell, B4.
    [
      'a unit twice in one year',
      [...clean, [2024, 'a', 70, 3]],
      err('vi', 'Lịch sử', 'B4', 'historyDuplicateUnit', { name: 'a', year: 2024, row: 2 }),
    ],
    [
      'a year 2023.5',
      [...clean, [2023.5, 'A', 70, 3]],
      err('vi', 'Lịch sử', 'A4', 'historyBadYear', { text: '2023.5' }),
    ],
    [
      'a text index',
      [...clean, [2023, 'A', 'cao', 3]],
      err('vi', 'Lịch sử', 'D4', 'notANumber', { text: 'cao' }),
    ],
    [
      'a rank that is not a whole number',
      [...clean, [2023, 'A', 70, 2.5]],
      err('vi', 'Lịch sử', 'E4', 'historyBadWhole', { column: 'Xếp hạng', text: '2.5' }),
    ],
    [
      'a SIPAS rank of 0',
      [...clean, [2023, 'A', 70, 2, 0]],
      err('vi', 'Lịch sử', 'G4', 'historyBadWhole', { column: 'Hạng SIPAS', text: '0' }),
    ],
    ['a row without a unit', [...clean, [2023, null, 70, 2]], err('vi', 'Lịch sử', 'B4', 'historyNoUnit')],
  ])('%s: listed, in no unit, and the ranking is untouched', (_label, lines, error) => {
    const result = score(units, { year: 2025, history: lines });
    expect(result.errors).toEqual([error]);
    for (const unit of result.units) expect(unit.errors).toEqual([]);
    // Ranks as without History: A 90 1st, B 80 2nd; History counts as none.
    expect(unitOf(result, 'A')).toMatchObject({ rank: 1, previousRank: null, change: null, streak: 1 });
    expect(unitOf(result, 'B')).toMatchObject({ rank: 2, previousRank: null, change: null, streak: 0 });
    expect(unitOf(result, 'A').history).toMatchObject([{ year: 2025, index: 90, rank: 1 }]);
  });

  test('the same History without the bad row gives previous ranks (the tests above can fail)', () => {
    const result = score(units, { year: 2025, history: clean });
    expect(unitOf(result, 'A')).toMatchObject({ previousRank: 2, change: 1, streak: 1 });
    expect(unitOf(result, 'B')).toMatchObject({ previousRank: 1, change: -1 });
  });

  test('in English where the sheets use English names', () => {
    const workbook = book(units, { year: 2025 });
    const english: Workbook = {
      sheets: [
        criteriaSheet(CRITERIA, { english: true }),
        { name: 'Units', values: [['Unit'], ['A']] },
        { name: 'Settings', values: [['Year', 2025]] },
        {
          name: 'History',
          values: [
            ['Year', 'Unit', 'Rank'],
            [2024, 'A', 'first'],
          ],
        },
        ...workbook.sheets.filter((sheet) => sheet.name === 'A'),
      ],
    };
    const result = scoreWorkbook(english);
    expect(result.errors).toEqual([
      err('en', 'History', 'C2', 'historyBadWhole', { column: 'Rank', text: 'first' }),
    ]);
  });

  test('a History sheet without a header row counts as absent, without an error', () => {
    const workbook = book(units, { year: 2025 });
    workbook.sheets.push({ name: 'Lịch sử', values: [['Ghi chú'], ['chưa có số liệu']] });
    const result = scoreWorkbook(workbook);
    expect(result.errors).toEqual([]);
    expect(result.units.map((unit) => unit.rank)).toEqual([1, 2]);
  });

  test('History is not a unit, also without a Units sheet', () => {
    const result = scoreWorkbook({
      sheets: [
        criteriaSheet(CRITERIA),
        {
          name: 'Lịch sử',
          values: [
            ['Mã', 'Năm', 'Đơn vị', 'Xếp hạng'],
            [null, 2024, 'X', 1],
          ],
        },
        unitSheet('X', [
          { code: '1.1', self: 8 },
          { code: '2.1', self: 8 },
        ]),
      ],
    });
    expect(result.units.map((unit) => unit.unit)).toEqual(['X']);
    // no Settings year: the latest History year 2024 + 1; X was 1st in 2024 and is 1st now → streak 2.
    expect(result.year).toBe(2025);
    expect(unitOf(result, 'X')).toMatchObject({ previousRank: 1, change: 0, streak: 2 });
  });
});
