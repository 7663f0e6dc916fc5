/**
 * Re-appraisal (WORKBOOK.md, "A unit's sheet": Re-appraised score, Explanation; "Scoring a unit"; "Flags":
 * appraisal-cut; "Outputs": the deductions tab's appraised column). Expected numbers by hand beside each case.
 */
import { buildDeductionsTab, type DeductionKey } from '../../src/core/outputs/deductions-tab';
import { columnIndex } from '../../src/core/outputs/tab';
import { buildUnitReport } from '../../src/core/outputs/unit-report';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Basis } from '../../src/core/types';
import {
  err,
  flagList,
  leafOf,
  unitOf,
  workbook,
  type CriterionRow,
  type UnitRow,
} from '../helpers/workbook';

// Field 1: 1.1 Max 2, 1.2 Max 2, 1.3 Max 96 (self 96 everywhere, so the cases show in 1.1 and 1.2).
const criteria: CriterionRow[] = [
  { code: '1' },
  { code: '1.1', max: 2 },
  { code: '1.2', max: 2 },
  { code: '1.3', max: 96 },
];

function score(rows: UnitRow[], basis?: Basis) {
  return scoreWorkbook(
    workbook({ criteria, units: { 'Xã A': [...rows, { code: '1.3', self: 96 }] } }),
    basis ? { basis } : {},
  );
}

function scored(rows: UnitRow[], basis?: Basis) {
  const result = score(rows, basis);
  expect(result.errors).toEqual([]);
  return unitOf(result, 'Xã A');
}

// 1.1: self 2, appraised 1, re-appraised 1.5 after the unit's explanation.
const explained: UnitRow[] = [
  {
    code: '1.1',
    self: 2,
    appraised: 1,
    note: 'thiếu văn bản',
    explanation: 'đã bổ sung QĐ 15',
    reappraised: 1.5,
  },
  { code: '1.2', self: 2 },
];

test('the re-appraised score replaces the appraised one: final 1.5, appraisal cut 2 − 1.5 = 0.5, lost 0.5', () => {
  const unit = scored(explained);
  expect(leafOf(unit, '1.1')).toMatchObject({ appraised: 1.5, final: 1.5, explanation: 'đã bổ sung QĐ 15' });
  expect(flagList(unit)).toEqual(['1.1 appraisal-cut 0.5', '1.1 lost 0.5']);
  // 1.5 + 2 + 96 = 99.5
  expect(unit.points).toBe(99.5);
});

test('Basis appraised takes the re-appraised score, also where no appraised score was typed', () => {
  const unit = scored(
    [
      { code: '1.1', self: 2, reappraised: 1.5 },
      { code: '1.2', self: 2, appraised: 2 },
    ],
    'appraised',
  );
  // 1.1 1.5; 1.2 2; 1.3 has no appraisal: 0, not-scored, lost 96
  expect(unit.leaves.map((leaf) => leaf.final)).toEqual([1.5, 2, 0]);
});

test('Basis self ignores it: final 2, no appraisal cut', () => {
  const unit = scored(explained, 'self');
  expect(leafOf(unit, '1.1').final).toBe(2);
  expect(flagList(unit)).toEqual([]);
});

test('a re-appraisal can raise the appraised score back: appraised 1, re-appraised 2 → final 2, no flag', () => {
  const unit = scored([
    { code: '1.1', self: 2, appraised: 1, reappraised: 2 },
    { code: '1.2', self: 2 },
  ]);
  expect(leafOf(unit, '1.1').final).toBe(2);
  expect(unit.flags).toEqual([]);
});

test('N/A in it makes the row not applicable', () => {
  const unit = scored([
    { code: '1.1', self: 2, appraised: 1, reappraised: 'KAD' },
    { code: '1.2', self: 2 },
  ]);
  expect(leafOf(unit, '1.1').applicable).toBe(false);
  // 2 + 96 of 98
  expect([unit.points, unit.max]).toEqual([98, 98]);
});

test('range-checked like the appraised score, and an error value is an error', () => {
  // unit sheet: 1.1 on row 2; Re-appraised score is column I
  const high = score([{ code: '1.1', self: 2, reappraised: 3 }]);
  expect(high.errors).toEqual([
    err('vi', 'Xã A', 'I2', 'scoreOutOfRange', { value: '3', low: '0', high: '2', code: '1.1' }),
  ]);
  const broken = score([{ code: '1.1', self: 2, reappraised: '#REF!' }]);
  expect(broken.errors).toEqual([err('vi', 'Xã A', 'I2', 'errorValue', { text: '#REF!' })]);
});

test('the deductions tab’s appraised column shows the appraisal that counts; the report shows the explanation', () => {
  const result = score(explained);
  const tab = buildDeductionsTab(result);
  const keys: DeductionKey[] = ['code', 'self', 'appraised', 'final', 'lost', 'note'];
  expect(tab.rows[0] && keys.map((key) => tab.rows[0]?.[columnIndex(tab, key)])).toEqual([
    '1.1',
    2,
    1.5,
    1.5,
    0.5,
    'thiếu văn bản',
  ]);
  const report = buildUnitReport(result, unitOf(result, 'Xã A'));
  expect(report.flags[0]?.rows[0]).toMatchObject({
    code: '1.1',
    note: 'thiếu văn bản',
    explanation: 'đã bổ sung QĐ 15',
  });
});
