/**
 * A bonus or penalty leaf that ends with no final value scores 0 with neither `not-scored` nor `missing`
 * (WORKBOOK.md, "Scoring a unit": nothing was claimed, nothing was deducted). Expected numbers by hand.
 */
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Basis, Cell } from '../../src/core/types';
import { flagList, leafOf, unitOf, workbook, type CriterionRow, type UnitRow } from '../helpers/workbook';

// Field 1: score leaf 1.1 (Max 10); field 2: bonus leaf 2.1 (Max 2); field 3: penalty leaf 3.1 (Max 3).
// max = 10 (bonus and penalty leave it). The unit scores 1.1 self 8, so points = 8 unless said otherwise.
const criteria: CriterionRow[] = [
  { code: '1' },
  { code: '1.1', max: 10 },
  { code: '2', type: 'điểm cộng' },
  { code: '2.1', max: 2 },
  { code: '3', type: 'điểm trừ' },
  { code: '3.1', max: 3 },
];

function score(
  rows: UnitRow[],
  options: { basis?: Basis; criteria?: CriterionRow[]; survey?: Cell[][] } = {},
) {
  const result = scoreWorkbook(
    workbook({
      criteria: options.criteria ?? criteria,
      units: { 'Huyện A': rows },
      ...(options.survey ? { survey: options.survey } : {}),
    }),
    options.basis ? { basis: options.basis } : {},
  );
  expect(result.errors).toEqual([]);
  return unitOf(result, 'Huyện A');
}

test('no row at all for the bonus and the penalty: both 0, no flag; 1.1 self 8 → points 8, index 80', () => {
  const unit = score([{ code: '1.1', self: 8 }]);
  expect(leafOf(unit, '2.1').final).toBe(0);
  expect(leafOf(unit, '3.1').final).toBe(0);
  // 1.1 lost 10 − 8 = 2; nothing on 2.1 or 3.1
  expect(flagList(unit)).toEqual(['1.1 lost 2']);
  expect(unit.points).toBe(8);
  expect(unit.index).toBe(80);
});

test('rows left blank: both 0, no flag', () => {
  const unit = score([{ code: '1.1', self: 8 }, { code: '2.1' }, { code: '3.1' }]);
  expect(leafOf(unit, '2.1').final).toBe(0);
  expect(leafOf(unit, '3.1').final).toBe(0);
  expect(flagList(unit)).toEqual(['1.1 lost 2']);
  expect(unit.points).toBe(8);
});

test('a score leaf with no row is still missing and lost; left blank it is still not-scored and lost', () => {
  const missing = score([{ code: '2.1', self: 1 }]);
  // 1.1: missing, lost 10; 2.1 bonus 1 → points 1, index 100 × 1 / 10 = 10
  expect(flagList(missing)).toEqual(['1.1 lost 10', '1.1 missing 0']);
  expect(missing.points).toBe(1);
  expect(missing.index).toBe(10);
  const blank = score([{ code: '1.1' }]);
  expect(flagList(blank)).toEqual(['1.1 lost 10', '1.1 not-scored 0']);
});

test('Basis appraised with only self scores: the bonus and penalty end at 0 with no flag; the score leaf is not-scored', () => {
  const unit = score(
    [
      { code: '1.1', self: 8 },
      { code: '2.1', self: 2 },
      { code: '3.1', self: -1 },
    ],
    { basis: 'appraised' },
  );
  expect(leafOf(unit, '2.1').final).toBe(0);
  expect(leafOf(unit, '3.1').final).toBe(0);
  // 1.1: no appraised → 0, not-scored, lost 10
  expect(flagList(unit)).toEqual(['1.1 lost 10', '1.1 not-scored 0']);
  expect(unit.points).toBe(0);
});

test('entered values still count: bonus self 2 and penalty self −1 → points 8 + 2 − 1 = 9, penalty flag 1', () => {
  const unit = score([
    { code: '1.1', self: 8 },
    { code: '2.1', self: 2 },
    { code: '3.1', self: -1 },
  ]);
  expect(unit.points).toBe(9);
  expect(unit.index).toBe(90);
  expect(flagList(unit)).toEqual(['1.1 lost 2', '3.1 penalty 1']);
});

test('a blank survey cell on a bonus survey leaf: 0 with no flag', () => {
  const surveyCriteria: CriterionRow[] = [
    { code: '1' },
    { code: '1.1', max: 10 },
    { code: '2', type: 'bonus' },
    { code: '2.1', max: 2, rule: 'điều tra' },
  ];
  // Survey row for Huyện A with 2.1 blank.
  const unit = score([{ code: '1.1', self: 10 }], {
    criteria: surveyCriteria,
    survey: [
      ['Đơn vị', '2.1'],
      ['Huyện A', null],
    ],
  });
  expect(leafOf(unit, '2.1').final).toBe(0);
  expect(flagList(unit)).toEqual([]);
  expect(unit.points).toBe(10);
});
