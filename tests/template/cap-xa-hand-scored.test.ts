/**
 * One commune scored by hand on the commune and ward template (cấp xã), in Vietnamese: every number below is
 * the contract's rule applied to the typed cells, with the arithmetic beside it.
 */
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { UnitResult } from '../../src/core/types';
import { CRITERIA_TEMPLATES } from '../../src/template/registry';
import { templateWorkbook, type Entry } from './template-workbook';

const ev = 'Văn bản số 12/UBND';

/** [what the commune typed, the leaf's final points by hand]. */
const LEAVES: Record<string, [Entry, number]> = {
  '1.1.1': [{ value: 'Không kịp thời', evidence: ev }, 0.5], // choice: Không kịp thời = 0.5
  '1.1.2': [{ value: 17, of: 20, evidence: ev }, 1], // 17/20 = 85 % ≥ 80 % → 1
  '1.2': [{ value: 'a=2; b=1', evidence: ev }, 1], // max(0, 2 − 0.25×2 − 0.5×1) = 1
  '1.3': [{ value: 'Có' }, 1], // yes → Max 1
  '1.4': [{ self: 0.75, evidence: ev }, 0.75], // manual: the self score
  '1.5': [{ value: 'a=10; b=8; c=2' }, 1.8], // (8/10)×2 + (2/10)×1 = 1.6 + 0.2
  '1.6': [{ value: 'Không', evidence: ev }, 0], // no → 0
  '1.7': [{ value: 'Có', evidence: ev }, 1], // bonus, yes → +1
  '1.8': [{ value: 1 }, -1], // penalty: −value = −1, within [−2, 0]
  '2.1': [{ value: 'Có sai sót' }, 1], // choice: Có sai sót = 1
  '2.2.1': [{ value: 'Có' }, 0.5],
  '2.2.2': [{ value: 7, of: 10 }, 0], // 70 % below the 80 % floor → 0
  '2.3': [{ self: 1.5, appraised: 1, evidence: ev }, 1], // appraised 1 beats self 1.5
  '2.4': [{ value: 'Có', evidence: ev }, 1.5],
  '3.1.1': [{ value: 'Có' }, 1],
  '3.1.2': [{ value: '95%' }, 0.5], // 95 % < 100 %, ≥ 90 % → 0.5
  '3.2.1': [{ value: 'Đạt' }, 2],
  '3.2.2': [{ self: 2 }, 2],
  '3.3.1': [{ value: 960, of: 1000, evidence: ev }, 4], // 96 % ≥ 95 % → 4
  '3.3.2': [{ value: 3, of: 4 }, 0.75], // 1 × 3/4
  '3.3.3': [{ value: '50%' }, 1], // 2 × 0.5
  '3.4': [{ value: 9, of: 10 }, 1.8], // 2 × 0.9
  '3.5': [{ value: 86.5 }, 3], // plain threshold: 86.5 ≥ 80 → 3
  '4.1': [{ value: 'Đúng quy định', evidence: ev }, 2],
  '4.2': [{ value: 'Có' }, 1],
  '4.3': [{ value: 'Có' }, 2],
  '4.4': [{ self: 1.5 }, 1.5],
  '5.1': [{ value: 45, of: 50 }, 1.8], // 2 × 0.9
  '5.2': [{ value: 30, of: 30 }, 2], // 100 % → 2
  '5.3': [{ value: 40, of: 40, evidence: ev }, 2], // 2 × 1
  '5.4': [{ value: 'Có' }, 1],
  '5.5': [{ value: 'Không có' }, 2],
  '5.6': [{ self: 1 }, 1],
  '6.1': [{ value: 0.93, evidence: ev }, 1], // 93 % ≥ 90 % → 1
  '6.2': [{ value: 'Có' }, 1],
  '6.3': [{ value: 0.97 }, 2], // 97 % ≥ 95 % → 2
  '6.4': [{ self: 1 }, 1],
  '7.1': [{ value: 'Có', evidence: ev }, 1],
  '7.2.1': [{ value: 0.9 }, 1], // 90 % ≥ 85 % → 1
  '7.2.2': [{ value: 0.95 }, 1.425], // 95 % ≥ 90 % floor: 1.5 × 0.95
  '7.3.1': [{ value: 0.6 }, 2], // 60 % ≥ 50 % → 2
  '7.3.2': [{ value: 0.4 }, 1], // 40 % ≥ 30 % → 1
  '7.3.3': [{ value: 'a=700; b=1000' }, 1.31], // round(min(1, 700/800) × 1.5, 2) = round(1.3125, 2)
  '7.4': [{ value: 0.8 }, 1.6], // 2 × 0.8
  '7.5': [{ value: 'Có' }, 1],
  '7.6': [{ self: 2 }, 2],
};

/** Survey points by code; SIPAS 86.02 %. */
const SURVEY = { '8.1': 4.5, '8.2': 5, '8.3': 5.5, '8.4': 3.5, '8.5': 3 };

let unit: UnitResult;
beforeAll(() => {
  const entries = Object.fromEntries(Object.entries(LEAVES).map(([code, [entry]]) => [code, entry]));
  const result = scoreWorkbook(templateWorkbook(CRITERIA_TEMPLATES['cap-xa'], 'vi', entries, SURVEY, 0.8602));
  expect(result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);
  unit = result.units[0] as UnitResult;
});

test('each leaf scores as computed by hand', () => {
  const expected: Record<string, number> = {
    ...Object.fromEntries(Object.entries(LEAVES).map(([code, [, points]]) => [code, points])),
    ...SURVEY,
  };
  expect(unit.leaves.map((leaf) => leaf.code).sort()).toEqual(Object.keys(expected).sort());
  for (const leaf of unit.leaves) {
    expect([leaf.code, leaf.final]).toEqual([leaf.code, expect.closeTo(expected[leaf.code] ?? NaN, 9)]);
  }
});

test('fields add up by hand, bonus and penalty in field 1 but not in its Max', () => {
  const fields: [string, number, number][] = [
    ['1', 6.05, 10], // 0.5 + 1 + 1 + 1 + 0.75 + 1.8 + 0, then + 1 bonus − 1 penalty
    ['2', 4, 7], // 1 + 0.5 + 0 + 1 + 1.5
    ['3', 16.05, 20], // 1 + 0.5 + 2 + 2 + 4 + 0.75 + 1 + 1.8 + 3
    ['4', 6.5, 7], // 2 + 1 + 2 + 1.5
    ['5', 9.8, 10], // 1.8 + 2 + 2 + 1 + 2 + 1
    ['6', 5, 6], // 1 + 1 + 2 + 1
    ['7', 12.335, 15], // 1 + 1 + 1.425 + 2 + 1 + 1.31 + 1.6 + 1 + 2
    ['8', 21.5, 25], // 4.5 + 5 + 5.5 + 3.5 + 3
  ];
  expect(unit.fields.map((field) => [field.code, field.points, field.max])).toEqual(
    fields.map(([code, points, max]) => [code, expect.closeTo(points, 9), max]),
  );
});

test('the unit totals 81.235 of 100, class B, SIPAS 86.02 %', () => {
  // 6.05 + 4 + 16.05 + 6.5 + 9.8 + 5 + 12.335 + 21.5 = 81.235; index = 100 × 81.235 / 100.
  expect(unit.points).toBeCloseTo(81.235, 9);
  expect(unit.max).toBe(100);
  expect(unit.index).toBeCloseTo(81.235, 9);
  expect(unit.class).toBe('B'); // default bands: B ≥ 80
  expect(unit.sipas).toBe(0.8602);
});

test('the penalty and the appraisal cut are flagged with their amounts', () => {
  const flag = (code: string, kind: string): number | undefined =>
    unit.flags.find((candidate) => candidate.code === code && candidate.kind === kind)?.amount;
  expect(flag('1.8', 'penalty')).toBeCloseTo(1, 9);
  expect(flag('2.3', 'appraisal-cut')).toBeCloseTo(0.5, 9); // self 1.5 − appraised 1
  expect(flag('2.2.2', 'lost')).toBeCloseTo(1.5, 9); // Max 1.5 − 0
  expect(flag('1.7', 'lost')).toBeUndefined(); // a bonus row is never lost
});
