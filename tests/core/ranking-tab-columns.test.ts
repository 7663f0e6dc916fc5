/**
 * The ranking tab's optional columns (WORKBOOK.md, "Outputs"): SIPAS rank where SIPAS is present, previous
 * index and change in index where any unit has a previous index, the change since the Compare-with year (its
 * header names the year) where set, the streak where any unit has one above 1. The year fields are set by
 * hand here, as the year features would fill them.
 */
import { buildRankingTab, RANKING_COLUMNS } from '../../src/core/outputs/ranking-tab';
import { columnIndex } from '../../src/core/outputs/tab';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { WorkbookResult } from '../../src/core/types';
import { unitOf, workbook } from '../helpers/workbook';

const HUNDRED = [{ code: '1' }, { code: '1.1', max: 100 }];

/** A 90, B 80 (ranks 1, 2), previous index A 85.5, B none. */
function base(): WorkbookResult {
  return scoreWorkbook(
    workbook({
      criteria: HUNDRED,
      unitsSheet: [
        ['Đơn vị', 'Xếp hạng năm trước', 'Chỉ số năm trước'],
        ['Huyện A', 2, 85.5],
        ['Huyện B', 1, null],
      ],
      units: { 'Huyện A': [{ code: '1.1', self: 90 }], 'Huyện B': [{ code: '1.1', self: 80 }] },
    }),
  );
}

function headers(result: WorkbookResult): string[] {
  return buildRankingTab(result).columns.map((column) => column.header);
}

test('no SIPAS, no Compare-with year, no streak above 1: those columns are absent', () => {
  const result = base();
  unitOf(result, 'Huyện A').streak = 1;
  const tab = buildRankingTab(result);
  for (const key of ['sipas', 'sipasRank', 'compareChange', 'streak'] as const)
    expect(columnIndex(tab, key)).toBe(-1);
});

test('previous index and change in index: index − previous index, blank where either is missing', () => {
  const tab = buildRankingTab(base());
  const previous = columnIndex(tab, 'previousIndex');
  const change = columnIndex(tab, 'indexChange');
  expect(tab.columns[previous]?.header).toBe('Chỉ số năm trước (%)');
  expect(change).toBe(previous + 1);
  // A: 90 − 85.5 = 4.5; B has no previous index
  expect(tab.rows.map((row) => [row[2], row[previous], row[change]])).toEqual([
    ['Huyện A', 85.5, 4.5],
    ['Huyện B', null, null],
  ]);
});

test('SIPAS rank after SIPAS, the Compare-with change named by its year, the streak, in the contract order', () => {
  const result = scoreWorkbook(
    workbook({
      criteria: HUNDRED,
      unitsSheet: [
        ['Đơn vị', 'Xếp hạng năm trước', 'Chỉ số năm trước'],
        ['Huyện A', 2, 85.5],
        ['Huyện B', 1, null],
      ],
      survey: [
        ['Đơn vị', 'SIPAS'],
        ['Huyện A', 0.8],
        ['Huyện B', 0.9],
      ],
      units: { 'Huyện A': [{ code: '1.1', self: 90 }], 'Huyện B': [{ code: '1.1', self: 80 }] },
    }),
  );
  result.compareYear = 2019;
  const a = unitOf(result, 'Huyện A');
  const b = unitOf(result, 'Huyện B');
  a.sipasRank = 2;
  b.sipasRank = 1;
  a.streak = 3;
  a.compare = { year: 2019, rank: 15, change: 14, sipasRank: null, sipasChange: null };
  expect(headers(result)).toEqual([
    'Nhóm',
    'Hạng',
    'Đơn vị',
    'Điểm',
    'Điểm tối đa',
    'Chỉ số (%)',
    '1. Tiêu chí 1 (%)',
    'SIPAS (%)',
    'Hạng SIPAS',
    'Hạng năm trước',
    'Thay đổi (bậc)',
    'Chỉ số năm trước (%)',
    'Thay đổi chỉ số',
    'So với năm 2019 (bậc)',
    'Số năm liền dẫn đầu',
    'Xếp loại',
    'Số mục trừ điểm',
    'Trạng thái',
  ]);
  const tab = buildRankingTab(result);
  const pick = (key: string): unknown[] =>
    tab.rows.map((row) => row[tab.columns.findIndex((column) => column.key === key)]);
  expect(pick('sipasRank')).toEqual([2, 1]);
  expect(pick('compareChange')).toEqual([14, null]);
  expect(pick('streak')).toEqual([3, 0]);
  expect(pick('class')).toEqual(['A', 'B']);
});

test('English headers name the Compare-with year too', () => {
  const result = scoreWorkbook(
    workbook({ english: true, criteria: HUNDRED, units: { 'District A': [{ code: '1.1', self: 80 }] } }),
  );
  result.compareYear = 2020;
  expect(headers(result)).toContain('Change since 2020');
  expect(RANKING_COLUMNS.streak.header.en).toBe('Years at the top');
});

test('a unit with errors shows no streak (blank, not 0), while its result keeps streak 0', () => {
  const result = scoreWorkbook(
    workbook({
      criteria: HUNDRED,
      units: { 'Huyện A': [{ code: '1.1', self: 90 }], 'Huyện B': [{ code: '1.1', self: 'abc' }] },
    }),
  );
  unitOf(result, 'Huyện A').streak = 3;
  const tab = buildRankingTab(result);
  const streak = columnIndex(tab, 'streak');
  expect(unitOf(result, 'Huyện B')).toMatchObject({ status: 'error', streak: 0 });
  expect(tab.rows.map((row) => [row[2], row[streak]])).toEqual([
    ['Huyện A', 3],
    ['Huyện B', null],
  ]);
});

test('a bonus field (Max 0) is a column of points, never an always-empty percentage', () => {
  // 1.1 score Max 100 (self 80); 2.1 bonus Max 5 under field 2 "Điểm thưởng" (self 2).
  const result = scoreWorkbook(
    workbook({
      criteria: [
        { code: '1', name: 'Chỉ đạo' },
        { code: '1.1', max: 100 },
        { code: '2', name: 'Điểm thưởng', type: 'bonus' },
        { code: '2.1', max: 5, type: 'bonus' },
      ],
      units: {
        'Huyện A': [
          { code: '1.1', self: 80 },
          { code: '2.1', self: 2 },
        ],
      },
    }),
  );
  const tab = buildRankingTab(result);
  const bonus = columnIndex(tab, 'field:2');
  expect(tab.columns[bonus]).toMatchObject({ header: '2. Điểm thưởng (điểm)', format: 'points' });
  expect(tab.columns[columnIndex(tab, 'field:1')]).toMatchObject({ header: '1. Chỉ đạo (%)' });
  expect(tab.rows[0]?.[bonus]).toBe(2);
  expect(headers(result)).not.toContain('2. Điểm thưởng (%)');
});
