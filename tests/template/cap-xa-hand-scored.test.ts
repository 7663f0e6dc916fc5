/**
 * One commune (group Xã) scored by hand on the 2025 commune template (cấp xã: xã, phường, đặc khu), in
 * Vietnamese: every number below is the contract's rule applied to the typed cells, with the arithmetic beside it.
 * The ward-only leaves 7.3.2 and 7.3.4 have no row: where the core reads Applies to they do not apply to a commune
 * (max 95.5); a core that does not yet read it scores them 0 with `missing` (max 100). Points are 77.635 either way.
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
  '1.5': [{ value: 'a=10; b=8; c=2' }, 1], // nếu(8 >= 10 no; nếu(8 + 2 >= 10 yes; 1; 0)) = 1: all done, some late
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
  '3.3.3': [{ value: '50%' }, 0.5], // 1 × 0.5
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
  '7.3.1': [{ value: 0.6 }, 3], // communes: 60 % ≥ 60 % → 3
  '7.3.3': [{ value: 0.2 }, 1], // communes: 20 % ≥ 15 %, < 30 % → 1
  '7.3.5': [{ value: 'a=700; b=1000' }, 1.31], // b > 0: round(min(1; 700/800) × 1.5; 2) = round(1.3125; 2)
  '7.4': [{ value: 0.8 }, 0.8], // 1 × 0.8
  '7.5': [{ value: 'Có' }, 0.5],
  '7.6': [{ self: 1 }, 1],
};

/** The Survey cells by code: points for 8.1, 8.4, 8.5; rates for 8.2 and 8.3 (survey rate); SIPAS 86.02 %. */
const SURVEY = { '8.1': 3.5, '8.2': '85 %', '8.3': 0.9, '8.4': 3.5, '8.5': 3 };
/** The Survey's points: 8.2 is 6 × 0.85 = 5.1, 8.3 is 6 × 0.9 = 5.4. */
const SURVEY_POINTS = { '8.1': 3.5, '8.2': 5.1, '8.3': 5.4, '8.4': 3.5, '8.5': 3 };
/** Criteria for wards only (Áp dụng cho: Phường): not applicable to this commune, whatever its sheet holds. */
const WARD_ONLY = ['7.3.2', '7.3.4'];

let unit: UnitResult;
beforeAll(() => {
  const entries = Object.fromEntries(Object.entries(LEAVES).map(([code, [entry]]) => [code, entry]));
  const workbook = templateWorkbook(CRITERIA_TEMPLATES['cap-xa'], 'vi', entries, SURVEY, 0.8602, 'Xã');
  const result = scoreWorkbook(workbook);
  expect(result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);
  unit = result.units[0] as UnitResult;
});

test('each leaf scores as computed by hand', () => {
  const expected: Record<string, number> = {
    ...Object.fromEntries(Object.entries(LEAVES).map(([code, [, points]]) => [code, points])),
    ...SURVEY_POINTS,
  };
  for (const leaf of unit.leaves.filter((candidate) => !WARD_ONLY.includes(candidate.code))) {
    expect([leaf.code, leaf.final]).toEqual([leaf.code, expect.closeTo(expected[leaf.code] ?? NaN, 9)]);
  }
  expect(
    unit.leaves
      .filter((leaf) => leaf.applicable)
      .map((leaf) => leaf.code)
      .sort(),
  ).toEqual(Object.keys(expected).sort());
});

test('fields add up by hand, bonus and penalty in field 1 but not in its Max', () => {
  const fields: [string, number, number][] = [
    ['1', 5.25, 10], // 0.5 + 1 + 1 + 1 + 0.75 + 1 + 0, then + 1 bonus − 1 penalty
    ['2', 4, 7], // 1 + 0.5 + 0 + 1 + 1.5
    ['3', 15.55, 19], // 1 + 0.5 + 2 + 2 + 4 + 0.75 + 0.5 + 1.8 + 3
    ['4', 6.5, 7], // 2 + 1 + 2 + 1.5
    ['5', 9.8, 10], // 1.8 + 2 + 2 + 1 + 2 + 1
    ['6', 5, 6], // 1 + 1 + 2 + 1
    // 1 + 1 + 1.425 + 3 + 1 + 1.31 + 0.8 + 0.5 + 1; Max 17, less the ward-only 3 + 1.5 where they do not apply
    ['7', 11.035, 12.5],
    ['8', 20.5, 24], // 3.5 + 5.1 + 5.4 + 3.5 + 3
  ];
  expect(unit.fields.map((field) => [field.code, field.points, field.max])).toEqual(
    fields.map(([code, points, max]) => [code, expect.closeTo(points, 9), max]),
  );
});

test('the unit totals 77.635 points, SIPAS 86.02 %', () => {
  // 5.25 + 4 + 15.55 + 6.5 + 9.8 + 5 + 11.035 + 20.5 = 77.635
  expect(unit.points).toBeCloseTo(77.635, 9);
  expect(unit.sipas).toBe(0.8602);
  // max 100 − 4.5 = 95.5; index = 100 × 77.635 / 95.5 = 81.2932 → class B (≥ 80)
  expect(unit.max).toBe(95.5);
  expect(unit.index).toBeCloseTo(81.29319371727749, 9);
  expect(unit.class).toBe('B');
});

test('the penalty and the appraisal cut are flagged with their amounts', () => {
  const flag = (code: string, kind: string): number | undefined =>
    unit.flags.find((candidate) => candidate.code === code && candidate.kind === kind)?.amount;
  expect(flag('1.8', 'penalty')).toBeCloseTo(1, 9);
  expect(flag('2.3', 'appraisal-cut')).toBeCloseTo(0.5, 9); // self 1.5 − appraised 1
  expect(flag('2.2.2', 'lost')).toBeCloseTo(1.5, 9); // Max 1.5 − 0
  expect(flag('1.7', 'lost')).toBeUndefined(); // a bonus row is never lost
});
