/**
 * Criteria by kind of unit (WORKBOOK.md, Criteria: "Applies to"): a leaf that does not apply to a unit's group is
 * not applicable for that unit. Every expected number is worked out by hand beside the case.
 */
import { readCriteriaSheet } from '../../src/core/sheets/criteria-sheet';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell } from '../../src/core/types';
import {
  criteriaSheet,
  err,
  flagList,
  leafOf,
  unitOf,
  workbook,
  type CriterionRow,
  type UnitRow,
} from '../helpers/workbook';

// Field 1 (Max 100 given: 40 + 30 + 30, every leaf counted whatever its groups):
//   1.1 Max 40, every unit; 1.2 Max 30, Xã; 1.3 Max 30, Phường and Đặc khu.
// Field 2, bonus, Applies to Phường: 2.1 Max 2 inherits Phường; 2.2 Max 1 has its own "Xã, Phường".
const criteria: CriterionRow[] = [
  { code: '1', max: 100 },
  { code: '1.1', max: 40 },
  { code: '1.2', max: 30, appliesTo: 'Xã' },
  { code: '1.3', max: 30, appliesTo: 'Phường; Đặc khu' },
  { code: '2', type: 'điểm cộng', appliesTo: 'Phường' },
  { code: '2.1', max: 2 },
  { code: '2.2', max: 1, appliesTo: 'Xã, Phường' },
];

// Groups written as people write them: matched as headers are (case, diacritics).
const unitsSheet: Cell[][] = [
  ['Đơn vị', 'Khối'],
  ['Xã A', 'xã'],
  ['Phường B', 'PHUONG'],
  ['Đặc khu C', 'Đặc khu'],
  ['Khác D', null],
];

function score(units: Record<string, UnitRow[]>) {
  return scoreWorkbook(workbook({ criteria, unitsSheet, units }));
}

const rows: Record<string, UnitRow[]> = {
  // 1.3 and 2.1 do not apply to a xã: their rows hold nonsense, which is ignored.
  'Xã A': [
    { code: '1.1', self: 30 },
    { code: '1.2', self: 20 },
    { code: '1.3', value: '#REF!', self: 'abc', appraised: 99 },
    { code: '2.1', self: 'xyz' },
    { code: '2.2', self: 1 },
  ],
  // No row for 1.2, which does not apply to a phường: not missing.
  'Phường B': [
    { code: '1.1', self: 40 },
    { code: '1.3', self: 15 },
    { code: '2.1', self: 2 },
    { code: '2.2', self: 1 },
  ],
  'Đặc khu C': [
    { code: '1.1', self: 20 },
    { code: '1.3', self: 30 },
  ],
  // Without a group only 1.1 (Applies to blank) counts; its 1.2 row is ignored.
  'Khác D': [
    { code: '1.1', self: 40 },
    { code: '1.2', self: 30 },
  ],
};

describe('Applies to', () => {
  const result = score(rows);

  test('no error: the nonsense rows are ignored, and field 1 = 40 + 30 + 30 = 100 counts every leaf', () => {
    expect(result.errors).toEqual([]);
    // Σ Max of the score leaves, whatever groups they apply to: 40 + 30 + 30 = 100, so no "not 100" warning.
    expect(result.warnings).toEqual([]);
  });

  test('a xã: 1.1, 1.2 and 2.2 apply', () => {
    const unit = unitOf(result, 'Xã A');
    // max = 40 + 30 = 70; points = 30 + 20 + bonus 1 = 51; index = 100 × 51 / 70 = 72.857…
    expect(unit.max).toBe(70);
    expect(unit.points).toBe(51);
    expect(unit.index).toBeCloseTo(7285.714285714 / 100, 9);
    expect(leafOf(unit, '1.3')).toMatchObject({ applicable: false, final: null, computed: null, flags: [] });
    expect(leafOf(unit, '2.1')).toMatchObject({ applicable: false, final: null, flags: [] });
    // 1.1 lost 40 − 30 = 10; 1.2 lost 30 − 20 = 10; nothing on 1.3 or 2.1
    expect(flagList(unit)).toEqual(['1.1 lost 10', '1.2 lost 10']);
    // field 1: 50 of 70 → 71.428…; field 2 (bonus only): 1 of 0 → index null
    expect(unit.fields.map((f) => [f.code, f.points, f.max])).toEqual([
      ['1', 50, 70],
      ['2', 1, 0],
    ]);
    expect(unit.fields[0]?.index).toBeCloseTo(500 / 7, 9);
    expect(unit.fields[1]?.index).toBeNull();
  });

  test('a phường: 1.1, 1.3, 2.1 and 2.2 apply; no row for 1.2 is not "missing"', () => {
    const unit = unitOf(result, 'Phường B');
    // max = 40 + 30 = 70; points = 40 + 15 + 2 + 1 = 58; index = 5800 / 70 = 82.857…
    expect(unit.max).toBe(70);
    expect(unit.points).toBe(58);
    expect(unit.index).toBeCloseTo(5800 / 70, 9);
    expect(flagList(unit)).toEqual(['1.3 lost 15']);
    expect(leafOf(unit, '1.2').applicable).toBe(false);
  });

  test('a đặc khu: 1.1 and 1.3; neither bonus applies (no rows, no flags)', () => {
    const unit = unitOf(result, 'Đặc khu C');
    // max 70; points 20 + 30 = 50; index 5000 / 70
    expect([unit.points, unit.max]).toEqual([50, 70]);
    expect(flagList(unit)).toEqual(['1.1 lost 20']);
    expect(leafOf(unit, '2.2').applicable).toBe(false);
  });

  test('a unit without a group gets only the leaves whose Applies to is blank; every field is still listed', () => {
    const unit = unitOf(result, 'Khác D');
    // only 1.1: 40 of 40 → index 100; field 2 has no leaf for it: max 0, index null
    expect([unit.points, unit.max, unit.index]).toEqual([40, 40, 100]);
    expect(unit.fields.map((f) => [f.code, f.points, f.max, f.index])).toEqual([
      ['1', 40, 40, 100],
      ['2', 0, 0, null],
    ]);
    expect(unit.flags).toEqual([]);
  });

  test('a code twice is still an error, even on a leaf that does not apply', () => {
    const twice = score({ ...rows, 'Xã A': [...(rows['Xã A'] as UnitRow[]), { code: '1.3' }] });
    // the Xã A sheet: header on row 1, rows 2–6, the second 1.3 on row 7
    expect(twice.errors).toEqual([err('vi', 'Xã A', 'A7', 'duplicateCode', { code: '1.3', row: 4 })]);
  });

  test('the analysis counts only the units a leaf applies to', () => {
    // each unit is alone in its group; 1.2 has a row only in the xã's group, 1.3 none there
    const xa = result.analysis.filter((row) => row.group === 'xã').map((row) => row.code);
    expect(xa.sort()).toEqual(['1.1', '1.2', '2.2']);
    const none = result.analysis.filter((row) => row.group === null).map((row) => row.code);
    expect(none).toEqual(['1.1']);
  });
});

test('a survey leaf that does not apply: no survey-missing flag without a Survey row', () => {
  const result = scoreWorkbook(
    workbook({
      criteria: [
        { code: '1' },
        { code: '1.1', max: 90 },
        { code: '1.2', max: 10, rule: 'điều tra', appliesTo: 'Phường' },
      ],
      unitsSheet: [
        ['Đơn vị', 'Khối'],
        ['Xã A', 'Xã'],
        ['Phường B', 'Phường'],
      ],
      survey: [
        ['Đơn vị', '1.2'],
        ['Phường B', 8],
      ],
      units: { 'Xã A': [{ code: '1.1', self: 90 }], 'Phường B': [{ code: '1.1', self: 90 }] },
    }),
  );
  expect(result.errors).toEqual([]);
  // Xã A: 90 of 90, no flag; Phường B: 90 + 8 = 98 of 100, 1.2 lost 2
  expect([unitOf(result, 'Xã A').index, unitOf(result, 'Xã A').flags]).toEqual([100, []]);
  expect(flagList(unitOf(result, 'Phường B'))).toEqual(['1.2 lost 2']);
});

test('a Max typed on the row of a leaf that does not apply is not warned about; on one that applies it is', () => {
  const result = scoreWorkbook({
    sheets: [
      criteriaSheet([{ code: '1' }, { code: '1.1', max: 50 }, { code: '1.2', max: 50, appliesTo: 'Phường' }]),
      {
        name: 'Đơn vị',
        values: [
          ['Đơn vị', 'Khối'],
          ['Xã A', 'Xã'],
        ],
      },
      {
        name: 'Xã A',
        values: [
          ['Mã', 'Điểm tối đa', 'Điểm tự chấm'],
          ['1.1', 40, 50],
          ['1.2', 99, 'abc'],
        ],
      },
    ],
  });
  expect(result.errors).toEqual([]);
  // B2: 40 differs from 50 and is warned about; B3 (1.2, a phường's criterion) is ignored
  expect(result.warnings).toEqual([err('vi', 'Xã A', 'B2', 'maxDiffers', { given: '40', max: '50' })]);
  expect(unitOf(result, 'Xã A').index).toBe(100);
});

describe('reading the column', () => {
  test('group names are separated by ; or , and folded; a parent passes them down to rows without their own', () => {
    const set = readCriteriaSheet(criteriaSheet(criteria), 'vi');
    const groups = (code: string) => set.byCode.get(code)?.appliesTo;
    expect(groups('1.1')).toBeNull();
    expect(groups('1.3')).toEqual(['phuong', 'dac khu']);
    expect(groups('2.1')).toEqual(['phuong']);
    expect(groups('2.2')).toEqual(['xa', 'phuong']);
  });

  test('a cell of separators only applies to every unit, as a blank one does', () => {
    const set = readCriteriaSheet(
      criteriaSheet([{ code: '1' }, { code: '1.1', max: 100, appliesTo: ' ; , ' }]),
      'vi',
    );
    expect(set.byCode.get('1.1')?.appliesTo).toBeNull();
    expect(set.hasAppliesTo).toBe(false);
  });

  test('in English', () => {
    const english = scoreWorkbook(
      workbook({
        english: true,
        criteria: [{ code: '1' }, { code: '1.1', max: 50 }, { code: '1.2', max: 50, appliesTo: 'Wards' }],
        unitsSheet: [
          ['Unit', 'Group'],
          ['Commune A', 'Communes'],
          ['Ward B', 'wards'],
        ],
        units: {
          'Commune A': [{ code: '1.1', self: 25 }],
          'Ward B': [
            { code: '1.1', self: 50 },
            { code: '1.2', self: 25 },
          ],
        },
      }),
    );
    expect(english.errors).toEqual([]);
    // commune: 25 of 50 → 50; ward: 75 of 100 → 75
    expect(unitOf(english, 'Commune A').index).toBe(50);
    expect(unitOf(english, 'Ward B').index).toBe(75);
  });
});
