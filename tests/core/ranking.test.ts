/**
 * Ranking and classes (WORKBOOK.md, "Ranking"), and the ranking tab (WORKBOOK.md, "Outputs").
 * The criteria here are one leaf of Max 100, so a unit's index is its typed self score.
 */
import { classify, parseClassBands } from '../../src/core/scoring/class-bands';
import { compareVietnamese } from '../../src/core/basics/collation';
import { buildRankingTab } from '../../src/core/outputs/ranking-tab';
import { rankGroup } from '../../src/core/scoring/ranking';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, WorkbookResult } from '../../src/core/types';
import { unitOf, workbook, type UnitRow } from '../helpers/workbook';

const HUNDRED = [{ code: '1' }, { code: '1.1', max: 100 }];

/** Units sheet rows: [name, group, ranked, previous rank]; each unit's self score in `scores` (a string for an error). */
function ranked(
  units: [string, string | null, string | null, number | null][],
  scores: Record<string, Cell>,
  settings?: Cell[][],
): WorkbookResult {
  const sheets: Record<string, UnitRow[]> = {};
  for (const [name, self] of Object.entries(scores)) sheets[name] = [{ code: '1.1', self }];
  return scoreWorkbook(
    workbook({
      criteria: HUNDRED,
      unitsSheet: [
        ['Đơn vị', 'Nhóm', 'Xếp hạng', 'Xếp hạng năm trước'],
        ...units.map(([name, group, rank, previous]) => [name, group, rank, previous]),
      ],
      units: sheets,
      ...(settings ? { settings } : {}),
    }),
  );
}

/**
 * Two groups. Huyện: Dương Minh Châu 90, Hương Sơn 85, Đức Thọ 85, Anh Sơn 70, Ẩn 99 (not ranked).
 * Sở: Nội vụ 95, Tư pháp 80, Lỗi 101 (above Max 100 → error; it would have been first).
 * The Units sheet lists Hương Sơn before Đức Thọ, the reverse of Vietnamese order.
 */
function twoGroups(): WorkbookResult {
  return ranked(
    [
      ['Huyện Hương Sơn', 'Huyện', 'Có', 3],
      ['Sở Tư pháp', 'Sở', null, 1],
      ['Huyện Đức Thọ', 'Huyện', null, 1],
      ['Huyện Dương Minh Châu', 'Huyện', null, 4],
      ['Sở Lỗi', 'Sở', null, 2],
      ['Huyện Anh Sơn', 'Huyện', '', 2],
      ['Huyện Ẩn', 'Huyện', 'Không', 5],
      ['Sở Nội vụ', 'Sở', null, null],
    ],
    {
      'Huyện Hương Sơn': 85,
      'Sở Tư pháp': 80,
      'Huyện Đức Thọ': 85,
      'Huyện Dương Minh Châu': 90,
      'Sở Lỗi': 101,
      'Huyện Anh Sơn': 70,
      'Huyện Ẩn': 99,
      'Sở Nội vụ': 95,
    },
  );
}

describe('ranks', () => {
  test('ties share a rank and the next skips (1, 2, 2, 4); groups are ranked separately', () => {
    const result = twoGroups();
    const rank = (name: string) => unitOf(result, name).rank;
    expect(rank('Huyện Dương Minh Châu')).toBe(1);
    expect(rank('Huyện Hương Sơn')).toBe(2);
    expect(rank('Huyện Đức Thọ')).toBe(2);
    expect(rank('Huyện Anh Sơn')).toBe(4);
    expect(rank('Sở Nội vụ')).toBe(1);
    expect(rank('Sở Tư pháp')).toBe(2);
  });

  test('an unranked unit is scored and classed but not ranked, and takes no rank from others', () => {
    const result = twoGroups();
    const hidden = unitOf(result, 'Huyện Ẩn');
    expect(hidden.ranked).toBe(false);
    expect(hidden.status).toBe('unranked');
    expect(hidden.index).toBe(99);
    expect(hidden.rank).toBeNull();
    expect(hidden.change).toBeNull();
    // with 99 it would have been first; Dương Minh Châu (90) is first
    expect(unitOf(result, 'Huyện Dương Minh Châu').rank).toBe(1);
  });

  test('a unit with an error is not ranked and does not move the others', () => {
    const result = twoGroups();
    const broken = unitOf(result, 'Sở Lỗi');
    expect(broken.status).toBe('error');
    expect([broken.points, broken.index, broken.rank, broken.class, broken.change]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(unitOf(result, 'Sở Nội vụ').rank).toBe(1);
    expect(unitOf(result, 'Sở Tư pháp').rank).toBe(2);
    expect(result.errors.map((error) => [error.sheet, error.cell])).toEqual([['Sở Lỗi', 'D2']]);
  });

  test('change = previous rank − rank (positive: up)', () => {
    const result = twoGroups();
    const change = (name: string) => unitOf(result, name).change;
    expect(change('Huyện Dương Minh Châu')).toBe(3); // 4 − 1
    expect(change('Huyện Hương Sơn')).toBe(1); // 3 − 2
    expect(change('Huyện Đức Thọ')).toBe(-1); // 1 − 2
    expect(change('Huyện Anh Sơn')).toBe(-2); // 2 − 4
    expect(change('Sở Tư pháp')).toBe(-1); // 1 − 2
    expect(change('Sở Nội vụ')).toBeNull(); // no previous rank
    expect(unitOf(result, 'Sở Nội vụ').previousRank).toBeNull();
    expect(unitOf(result, 'Huyện Anh Sơn').previousRank).toBe(2);
  });

  test('default classes A>=90; B>=80; C>=70; D', () => {
    const result = twoGroups();
    const cls = (name: string) => unitOf(result, name).class;
    expect(cls('Huyện Dương Minh Châu')).toBe('A'); // 90
    expect(cls('Huyện Hương Sơn')).toBe('B'); // 85
    expect(cls('Huyện Anh Sơn')).toBe('C'); // 70
    expect(cls('Sở Nội vụ')).toBe('A'); // 95
    expect(cls('Sở Tư pháp')).toBe('B'); // 80
  });

  test('a unit below every band test takes the last band', () => {
    const result = ranked([['Huyện A', null, null, null]], { 'Huyện A': 69.99 });
    expect(unitOf(result, 'Huyện A').class).toBe('D');
  });

  test('custom classes from the Settings sheet (Xếp loại)', () => {
    const result = ranked(
      [
        ['A', null, null, null],
        ['B', null, null, null],
        ['C', null, null, null],
        ['D', null, null, null],
      ],
      { A: 95, B: 80, C: 79.5, D: 10 },
      [
        ['Năm', 2025],
        ['Xếp loại', 'Xuất sắc>=90; Tốt>=80; Khá>=70; Trung bình'],
      ],
    );
    expect(result.errors).toEqual([]);
    expect(result.year).toBe(2025);
    expect(result.units.map((unit) => unit.class)).toEqual(['Xuất sắc', 'Tốt', 'Khá', 'Trung bình']);
  });

  test('custom classes from an English Settings sheet (Bands)', () => {
    const result = scoreWorkbook(
      workbook({
        english: true,
        criteria: HUNDRED,
        settings: [['Bands', 'Excellent>=85; Good>=60; Weak']],
        units: { 'District A': [{ code: '1.1', self: 85 }], 'District B': [{ code: '1.1', self: 59 }] },
      }),
    );
    expect(result.units.map((unit) => unit.class)).toEqual(['Excellent', 'Weak']);
  });

  test('nothing is rounded: 89.995 is B although it displays as 90.00', () => {
    // 89.995 rounds to "90.00" for display but is below 90 → B; rank 2 behind 90
    const result = ranked(
      [
        ['X', null, null, null],
        ['Y', null, null, null],
      ],
      { X: 90, Y: 89.995 },
    );
    expect(unitOf(result, 'X').class).toBe('A');
    expect(unitOf(result, 'Y').class).toBe('B');
    expect(unitOf(result, 'Y').rank).toBe(2);
  });

  test('equal within 1e-9 ties; a difference of 1e-8 does not', () => {
    const items = [
      { name: 'P', index: 90 },
      { name: 'Q', index: 90 - 1e-12 },
      { name: 'R', index: 89.99999999 },
      { name: 'S', index: 0.1 + 0.2 }, // 0.30000000000000004
      { name: 'T', index: 0.3 },
    ];
    const ranks = Object.fromEntries(rankGroup(items).map(({ item, rank }) => [item.name, rank]));
    expect(ranks).toEqual({ P: 1, Q: 1, R: 3, S: 4, T: 4 });
  });

  test('an index of 90 reached through float noise is class A; a real 89.99999 is B', () => {
    const bands = parseClassBands('A>=90; B>=80; C>=70; D');
    expect(bands.ok).toBe(true);
    if (!bands.ok) return;
    const noisy = 100 * (0.4 + 0.2 + 0.3); // 90 by hand, 90.00000000000001 as a float
    const below = 89.99999999999999; // 90 less float noise
    expect(classify(noisy, bands.bands)).toBe('A');
    expect(classify(below, bands.bands)).toBe('A');
    expect(classify(90, bands.bands)).toBe('A');
    expect(classify(89.99999, bands.bands)).toBe('B');
  });

  test('indexes equal but for float noise tie', () => {
    // Leaves of Max 0.4, 0.2, 0.6 (1.2 in all). A: 0.3 + 0 + 0.6 = 0.9; B: 0.4 + 0.2 + 0.3 = 0.9.
    // By hand both are 0.9 / 1.2 = 75 %, so they share rank 1 (as floats the sums differ in the last bit).
    const result = scoreWorkbook(
      workbook({
        criteria: [
          { code: '1' },
          { code: '1.1', max: 0.4 },
          { code: '1.2', max: 0.2 },
          { code: '1.3', max: 0.6 },
        ],
        units: {
          'Huyện A': [
            { code: '1.1', self: 0.3 },
            { code: '1.2', self: 0 },
            { code: '1.3', self: 0.6 },
          ],
          'Huyện B': [
            { code: '1.1', self: 0.4 },
            { code: '1.2', self: 0.2 },
            { code: '1.3', self: 0.3 },
          ],
        },
      }),
    );
    expect(result.errors).toEqual([]);
    const a = unitOf(result, 'Huyện A');
    const b = unitOf(result, 'Huyện B');
    expect(a.index).toBeCloseTo(75, 9);
    expect(b.index).toBeCloseTo(75, 9);
    expect([a.rank, b.rank]).toEqual([1, 1]);
    expect([a.class, b.class]).toEqual(['C', 'C']);
  });
});

describe('Vietnamese collation: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, then tones', () => {
  // Worked out by hand: letters first (space before letters), tones only when the letters are equal
  // (none, huyền, hỏi, ngã, sắc, nặng).
  const ordered = [
    'Anh Sơn', // a
    'Ân Thi', // â after a
    'Bà Rịa', // b a _ r
    'Bá Thước', // b a _ t
    'Ba Vì', // b a _ v (letters decide before the tone of "Bà")
    'Ca Mau', // same letters: no tone
    'Cà Mau', // huyền
    'Cá Mau', // sắc
    'Cam Lâm', // c a m
    'Cẩm Xuyên', // c â m
    'Cần Giờ', // c â n
    'Duy Tiên', // d u
    'Dương Minh Châu', // d ư after d u
    'Đức Thọ', // đ after every d
    'Óc Eo', // o
    'Ô Môn', // ô
    'Ơ Pa', // ơ
    'U Minh', // u then space
    'Uông Bí', // u ô
    'Ưng Hoà', // ư
  ];

  test('compareVietnamese puts a shuffled list in that order', () => {
    const shuffled = [...ordered].reverse();
    shuffled.push(shuffled.shift() as string);
    expect([...shuffled].sort(compareVietnamese)).toEqual(ordered);
  });

  test('Intl.Collator("vi") agrees', () => {
    const collator = new Intl.Collator('vi');
    expect(collator.resolvedOptions().locale).toBe('vi');
    expect([...ordered].reverse().sort(collator.compare)).toEqual(ordered);
  });

  test('"Huyện Dương Minh Châu" comes before "Huyện Đức Thọ" and "Huyện Hương Sơn"', () => {
    expect(compareVietnamese('Huyện Dương Minh Châu', 'Huyện Đức Thọ')).toBeLessThan(0);
    expect(compareVietnamese('Huyện Đức Thọ', 'Huyện Hương Sơn')).toBeLessThan(0);
  });

  test('rankGroup lists tied units by that order', () => {
    const listed = rankGroup([
      { name: 'Huyện Hương Sơn', index: 80 },
      { name: 'Huyện Đức Thọ', index: 80 },
      { name: 'Huyện Anh Sơn', index: 95 },
      { name: 'Huyện Dương Minh Châu', index: 80 },
    ]).map(({ item, rank }) => `${rank} ${item.name}`);
    expect(listed).toEqual([
      '1 Huyện Anh Sơn',
      '2 Huyện Dương Minh Châu',
      '2 Huyện Đức Thọ',
      '2 Huyện Hương Sơn',
    ]);
  });
});

describe('the ranking tab (Xếp hạng)', () => {
  test('columns: group, rank, unit, points, max, index, one per field, previous rank, change, class, flags, status', () => {
    const tab = buildRankingTab(twoGroups());
    expect(tab.name).toBe('Xếp hạng');
    expect(tab.columns.map((column) => column.header)).toEqual([
      'Nhóm',
      'Hạng',
      'Đơn vị',
      'Điểm',
      'Điểm tối đa',
      'Chỉ số (%)',
      '1. Tiêu chí 1 (%)',
      'Hạng năm trước',
      'Thay đổi (bậc)',
      'Xếp loại',
      'Số mục trừ điểm',
      'Trạng thái',
    ]);
  });

  test('a section per group: ranked units by rank, then unranked and erroneous ones', () => {
    const tab = buildRankingTab(twoGroups());
    // [group, rank, unit] of each row
    const rows = tab.rows.map((row) => [row[0], row[1], row[2]]);
    expect(rows.map((row) => row[0])).toEqual([
      'Huyện',
      'Huyện',
      'Huyện',
      'Huyện',
      'Huyện',
      'Sở',
      'Sở',
      'Sở',
    ]);
    expect(rows[0]).toEqual(['Huyện', 1, 'Huyện Dương Minh Châu']);
    expect(rows.slice(1, 3).map((row) => row[1])).toEqual([2, 2]);
    expect(rows[3]).toEqual(['Huyện', 4, 'Huyện Anh Sơn']);
    expect(rows[4]).toEqual(['Huyện', null, 'Huyện Ẩn']);
    expect(rows.slice(5)).toEqual([
      ['Sở', 1, 'Sở Nội vụ'],
      ['Sở', 2, 'Sở Tư pháp'],
      ['Sở', null, 'Sở Lỗi'],
    ]);
    expect(tab.sections).toEqual([
      { group: 'Huyện', start: 0, count: 5, ranked: 4 },
      { group: 'Sở', start: 5, count: 3, ranked: 2 },
    ]);
  });

  // WORKBOOK.md, "Ranking": "tied units are listed by Vietnamese collation of their names".
  test('tied units are listed by Vietnamese collation (Đức Thọ before Hương Sơn)', () => {
    const tab = buildRankingTab(twoGroups());
    expect(tab.rows.slice(1, 3).map((row) => row[2])).toEqual(['Huyện Đức Thọ', 'Huyện Hương Sơn']);
  });

  test('a full row holds unrounded numbers and the status', () => {
    // One field of Max 3 for unit A with 2 → 66.666…; previous rank 3 → change 2; class D; flags: lost 1
    const result = scoreWorkbook(
      workbook({
        criteria: [
          { code: '1', name: 'Chỉ đạo điều hành' },
          { code: '1.1', max: 3 },
        ],
        unitsSheet: [
          ['Đơn vị', 'Xếp hạng năm trước'],
          ['Huyện A', 3],
          ['Huyện B', null],
        ],
        units: { 'Huyện A': [{ code: '1.1', self: 2 }], 'Huyện B': [{ code: '1.1', self: 'hai' }] },
      }),
    );
    const tab = buildRankingTab(result);
    expect(tab.columns.map((column) => column.header)[6]).toBe('1. Chỉ đạo điều hành (%)');
    expect(tab.rows[0]).toEqual(['', 1, 'Huyện A', 2, 3, 200 / 3, 200 / 3, 3, 2, 'D', 1, 'Xếp hạng']);
    const error = tab.rows[1] as Cell[];
    expect(error.slice(0, 11)).toEqual(['', null, 'Huyện B', null, null, null, null, null, null, null, null]);
    expect(String(error[11])).toContain('Lỗi');
    expect(String(error[11])).toContain('Huyện B!D2');
  });

  test('SIPAS column where present, as a ratio, after the field columns', () => {
    const result = scoreWorkbook(
      workbook({
        criteria: HUNDRED,
        survey: [
          ['Đơn vị', 'SIPAS'],
          ['Huyện A', 86.02],
        ],
        units: { 'Huyện A': [{ code: '1.1', self: 80 }], 'Huyện B': [{ code: '1.1', self: 70 }] },
      }),
    );
    const tab = buildRankingTab(result);
    const headers = tab.columns.map((column) => column.header);
    expect(headers.indexOf('SIPAS (%)')).toBe(7);
    expect(tab.rows[0]?.[7]).toBeCloseTo(0.8602, 12);
    expect(tab.rows[1]?.[7]).toBeNull();
  });

  test('English tab names and headers', () => {
    const result = scoreWorkbook(
      workbook({ english: true, criteria: HUNDRED, units: { 'District A': [{ code: '1.1', self: 80 }] } }),
    );
    const tab = buildRankingTab(result);
    expect(tab.name).toBe('Ranking');
    expect(tab.columns.slice(0, 6).map((column) => column.header)).toEqual([
      'Group',
      'Rank',
      'Unit',
      'Points',
      'Max',
      'Index (%)',
    ]);
  });
});
