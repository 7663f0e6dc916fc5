/**
 * Capped bonus and penalty (WORKBOOK.md, "Scoring a unit": Caps; "Flags": cap; "Outputs": the deductions tab's
 * cap row). Every expected number is worked out by hand beside the case.
 */
import { buildDeductionsTab, type DeductionKey } from '../../src/core/outputs/deductions-tab';
import { columnIndex } from '../../src/core/outputs/tab';
import { buildUnitReport } from '../../src/core/outputs/unit-report';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { WorkbookResult } from '../../src/core/types';
import { err, flagList, unitOf, workbook, type CriterionRow, type UnitRow } from '../helpers/workbook';

// Field 1, score: 1.1 Max 10.
// Field 2, bonus, Max 3 (a cap): 2.1 Max 2, 2.2 Max 2 (Σ 4 > 3).
// Field 3, penalty, Max 2 (a cap): 3.1 Max 1.5, 3.2 Max 1.5 (Σ 3 > 2).
const criteria: CriterionRow[] = [
  { code: '1', name: 'Chỉ đạo' },
  { code: '1.1', max: 10, name: 'Kế hoạch' },
  { code: '2', max: 3, type: 'điểm cộng', name: 'Điểm thưởng' },
  { code: '2.1', max: 2 },
  { code: '2.2', max: 2 },
  { code: '3', max: 2, type: 'điểm trừ', name: 'Điểm trừ' },
  { code: '3.1', max: 1.5 },
  { code: '3.2', max: 1.5 },
];

function score(rows: UnitRow[], rules: CriterionRow[] = criteria, english = false): WorkbookResult {
  const result = scoreWorkbook(workbook({ criteria: rules, units: { 'Xã A': rows }, english }));
  expect(result.errors).toEqual([]);
  return result;
}

const both: UnitRow[] = [
  { code: '1.1', self: 8 },
  { code: '2.1', self: 2 },
  { code: '2.2', self: 2 },
  { code: '3.1', self: -1.5 },
  { code: '3.2', self: -1.5 },
];

describe('a bonus cap and a penalty cap', () => {
  const result = score(both);
  const unit = unitOf(result, 'Xã A');

  test('points and flags', () => {
    // bonus Σ 2 + 2 = 4, capped at 3: cut −1; penalty Σ −3, capped at −2: cut +1
    // points = 8 + 4 − 1 − 3 + 1 = 9; max = 10 (bonus and penalty leave it); index 90
    expect([unit.points, unit.max, unit.index]).toEqual([9, 10, 90]);
    expect(flagList(unit)).toEqual([
      '1.1 lost 2',
      '2 cap -1',
      '3 cap 1',
      '3.1 penalty 1.5',
      '3.2 penalty 1.5',
    ]);
    // the leaves keep their own finals; the cap is on the parent
    expect(unit.leaves.map((leaf) => leaf.final)).toEqual([8, 2, 2, -1.5, -1.5]);
  });

  test('fields: the cut counts in the parent’s field', () => {
    // field 2: 4 − 1 = 3 of max 0; field 3: −3 + 1 = −2
    expect(unit.fields.map((f) => [f.code, f.points, f.max, f.index])).toEqual([
      ['1', 8, 10, 80],
      ['2', 3, 0, null],
      ['3', -2, 0, null],
    ]);
  });

  test('the JSON’s flags: the leaves’, then the caps’', () => {
    expect(unit.flags.map((flag) => flag.code)).toEqual(['1.1', '3.1', '3.2', '2', '3']);
    expect(unit.caps.map((cap) => [cap.code, cap.type, cap.max, cap.flag.amount])).toEqual([
      ['2', 'bonus', 3, -1],
      ['3', 'penalty', 2, 1],
    ]);
  });

  test('the deductions tab has a cap row after the leaves below it, and adds up', () => {
    const tab = buildDeductionsTab(result);
    const keys: DeductionKey[] = [
      'code',
      'criterion',
      'max',
      'computed',
      'self',
      'appraised',
      'final',
      'lost',
      'reasons',
    ];
    const pick = (row: (typeof tab.rows)[number]) => keys.map((key) => row[columnIndex(tab, key)]);
    expect(tab.rows.map(pick)).toEqual([
      ['1.1', 'Kế hoạch', 10, null, 8, null, 8, 2, 'mất 2'],
      // bonus cap: Max = the cap, scores blank, points lost 0; the reason shows the cut
      ['2', 'Điểm thưởng', 3, null, null, null, null, 0, 'giới hạn điểm cộng/trừ -1'],
      ['3.1', 'Tiêu chí 3.1', 1.5, null, -1.5, null, -1.5, 1.5, 'trừ 1,5'],
      ['3.2', 'Tiêu chí 3.2', 1.5, null, -1.5, null, -1.5, 1.5, 'trừ 1,5'],
      // penalty cap: points lost −1 (the point given back)
      ['3', 'Điểm trừ', 2, null, null, null, null, -1, 'giới hạn điểm cộng/trừ 1'],
      // total lost = 2 + 0 + 1.5 + 1.5 − 1 = 4
      [null, 'Tổng điểm bị mất, bị trừ', null, null, null, null, null, 4, null],
    ]);
    // points = max − total lost + bonus after caps: 10 − 4 + 3 = 9
    expect(10 - 4 + 3).toBe(unit.points);
  });

  test('the analysis does not count cap flags', () => {
    // 3.1: one unit penalised 1.5; the cap's point given back is not taken off it
    const row = result.analysis.find((r) => r.code === '3.1');
    expect(row).toMatchObject({ penalised: 1, amount: 1.5 });
    expect(result.analysis.find((r) => r.code === '2.1')).toMatchObject({ lost: 0, amount: 0 });
    expect(result.analysis.some((r) => r.code === '2' || r.code === '3')).toBe(false);
  });

  test('the unit report lists the caps with the field’s flags', () => {
    const report = buildUnitReport(result, unit);
    expect(report.flags.map((field) => [field.field, field.rows.map((row) => [row.code, row.lost])])).toEqual(
      [
        ['1', [['1.1', 2]]],
        ['2', [['2', 0]]],
        [
          '3',
          [
            ['3.1', 1.5],
            ['3.2', 1.5],
            ['3', -1],
          ],
        ],
      ],
    );
    // the point given back is not a place to win points
    expect(report.mostLost.map((row) => row.code)).toEqual(['1.1', '3.1', '3.2']);
  });

  test('in English', () => {
    const english = score(both, criteria, true);
    const tab = buildDeductionsTab(english);
    const reasons = tab.rows.map((row) => row[columnIndex(tab, 'reasons')]);
    expect(reasons).toContain('bonus/penalty cap -1');
    expect(reasons).toContain('bonus/penalty cap 1');
  });
});

test('under the cap nothing is cut: 1 + 1 = 2 ≤ 3 and −1.5 ≥ −2', () => {
  const unit = unitOf(
    score([
      { code: '1.1', self: 10 },
      { code: '2.1', self: 1 },
      { code: '2.2', self: 1 },
      { code: '3.1', self: -1.5 },
    ]),
    'Xã A',
  );
  // 10 + 2 − 1.5 = 10.5
  expect(unit.points).toBe(10.5);
  expect(flagList(unit)).toEqual(['3.1 penalty 1.5']);
});

test('a leaf not applicable leaves the sum: 2.1 N/A, 2.2 2 → 2 ≤ 3, no cap', () => {
  const unit = unitOf(
    score([
      { code: '1.1', self: 10 },
      { code: '2.1', value: 'N/A' },
      { code: '2.2', self: 2 },
    ]),
    'Xã A',
  );
  expect(unit.points).toBe(12);
  expect(unit.flags).toEqual([]);
});

describe('nested caps: inner first', () => {
  // 4 bonus, Max 3: 4.1 bonus parent, Max 2 (4.1.1 Max 2, 4.1.2 Max 2); 4.2 Max 2. Σ leaves 6 > 3.
  const nested: CriterionRow[] = [
    { code: '1' },
    { code: '1.1', max: 100 },
    { code: '4', max: 3, type: 'điểm cộng' },
    { code: '4.1', max: 2 },
    { code: '4.1.1', max: 2 },
    { code: '4.1.2', max: 2 },
    { code: '4.2', max: 2 },
  ];

  test('4.1.1 2, 4.1.2 2, 4.2 0: 4.1 cuts 4 to 2; 4 then sums 2 ≤ 3 and cuts nothing', () => {
    // Outer first would cut 4 to 3 and then 4.1 a further 2: 1, not 2.
    const unit = unitOf(
      score(
        [
          { code: '1.1', self: 100 },
          { code: '4.1.1', self: 2 },
          { code: '4.1.2', self: 2 },
          { code: '4.2', self: 0 },
        ],
        nested,
      ),
      'Xã A',
    );
    expect(unit.points).toBe(102);
    expect(flagList(unit)).toEqual(['4.1 cap -2']);
  });

  test('all at full: 4.1 cuts 4 to 2 (−2), then 4 cuts 2 + 2 = 4 to 3 (−1)', () => {
    const result = score(
      [
        { code: '1.1', self: 100 },
        { code: '4.1.1', self: 2 },
        { code: '4.1.2', self: 2 },
        { code: '4.2', self: 2 },
      ],
      nested,
    );
    const unit = unitOf(result, 'Xã A');
    // 100 + 6 − 2 − 1 = 103
    expect(unit.points).toBe(103);
    expect(unit.flags.map((flag) => `${flag.code} ${flag.amount}`)).toEqual(['4.1 -2', '4 -1']);
    // the inner cap's row after 4.1.2, the outer's after 4.2
    const tab = buildDeductionsTab(result);
    expect(tab.rows.map((row) => row[columnIndex(tab, 'code')])).toEqual(['4.1', '4', null]);
  });
});

test('a nested penalty cap inside a bonus parent is its own: the bonus cap sums bonus leaves only', () => {
  const mixed: CriterionRow[] = [
    { code: '1' },
    { code: '1.1', max: 100 },
    { code: '5', max: 1, type: 'điểm cộng' },
    { code: '5.1', max: 2 },
    { code: '5.2', max: 1, type: 'điểm trừ' },
    { code: '5.2.1', max: 1 },
    { code: '5.2.2', max: 1 },
  ];
  const unit = unitOf(
    score(
      [
        { code: '1.1', self: 100 },
        { code: '5.1', self: 2 },
        { code: '5.2.1', self: -1 },
        { code: '5.2.2', self: -1 },
      ],
      mixed,
    ),
    'Xã A',
  );
  // 5.2 penalty: −2 capped at −1 (+1); 5 bonus: 2 capped at 1 (−1). 100 + 2 − 2 + 1 − 1 = 100
  expect(unit.points).toBe(100);
  expect(flagList(unit)).toEqual(['5 cap -1', '5.2 cap 1', '5.2.1 penalty 1', '5.2.2 penalty 1']);
});

test('a bonus or penalty parent’s Max above the sum is still an error', () => {
  const result = scoreWorkbook(
    workbook({
      criteria: [
        { code: '1' },
        { code: '1.1', max: 100 },
        { code: '2', max: 5, type: 'điểm cộng' },
        { code: '2.1', max: 4 },
      ],
      units: { 'Xã A': [{ code: '1.1', self: 100 }] },
    }),
  );
  // criteria sheet: 2 on row 4, Max in column C
  expect(result.errors).toEqual([
    err('vi', 'Tiêu chí', 'C4', 'parentMaxMismatch', { code: '2', given: '5', sum: '4', type: 'điểm cộng' }),
  ]);
});

test('many caps in one set: 20 bonus parents, each Max 1 over two leaves of Max 1', () => {
  const many: CriterionRow[] = [{ code: '1' }, { code: '1.1', max: 100 }];
  const rows: UnitRow[] = [{ code: '1.1', self: 100 }];
  for (let k = 2; k <= 21; k++) {
    many.push(
      { code: `${k}`, max: 1, type: 'điểm cộng' },
      { code: `${k}.1`, max: 1 },
      { code: `${k}.2`, max: 1 },
    );
    rows.push({ code: `${k}.1`, self: 1 }, { code: `${k}.2`, self: 1 });
  }
  const unit = unitOf(score(rows, many), 'Xã A');
  // each parent: 1 + 1 = 2 capped at 1 (−1); 100 + 20 × 2 − 20 = 120
  expect(unit.points).toBe(120);
  expect(unit.caps).toHaveLength(20);
  expect(unit.caps.every((cap) => cap.flag.amount === -1)).toBe(true);
});
